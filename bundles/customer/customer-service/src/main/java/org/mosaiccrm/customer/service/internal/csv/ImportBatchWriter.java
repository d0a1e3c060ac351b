package org.mosaiccrm.customer.service.internal.csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.service.internal.CustomerEntity;
import org.mosaiccrm.customer.service.internal.CustomerInput;
import org.mosaiccrm.customer.service.internal.DuplicateFinder;
import org.mosaiccrm.customer.service.internal.JpaCustomerService;
import org.mosaiccrm.customer.service.internal.contact.ImportedContact;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.csv.CsvRowHandler;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.csv.RowProblem;
import org.mosaiccrm.platform.csv.RowProblems;
import org.mosaiccrm.platform.csv.RowRejectedException;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.OwnerFilter;

/**
 * The customer side of an import. A row is checked as a new customer would be. A batch of checked
 * rows is written in one transaction: duplicates looked up for the whole batch at once, new
 * customers created, matches skipped or updated by the policy; audit entries are recorded once
 * a batch is committed (a batch the database refuses is retried row by row by the platform's import).
 */
final class ImportBatchWriter implements CsvRowHandler<ImportBatchWriter.Row> {

    /** A row that passed validation as a new customer, with its first contact when the file names one. */
    record Row(long line, List<String> values, Map<ImportField, String> fields, CustomerInput input,
            DuplicateFinder.Keys keys, ImportedContact contact) {
    }

    /** What a batch did; the audit events are recorded once it is committed. */
    record Outcome(int created, int updated, int skipped, List<Rejection> rejected, List<AuditEvent> audit) {
    }

    private final ModuleDatabase database;
    private final AuditLog auditLog;
    private final Map<ImportField, Integer> mapping;
    private final DuplicatePolicy policy;
    private final OwnerFilter editScope;
    private final long userId;
    private final String jobId;
    private final String fileName;

    ImportBatchWriter(ModuleDatabase database, AuditLog auditLog, Map<ImportField, Integer> mapping, DuplicatePolicy policy,
            OwnerFilter editScope, long userId, String jobId, String fileName) {
        this.database = database;
        this.auditLog = auditLog;
        this.mapping = Map.copyOf(mapping);
        this.policy = policy;
        this.editScope = editScope;
        this.userId = userId;
        this.jobId = jobId;
        this.fileName = fileName;
    }

    /** Values that make a customer row valid on their own, to find each field's own problems. */
    private static final Map<String, String> VALID = Map.of(ImportField.NAME.name(), "x", ImportField.CONTACT_NAME.name(), "x");

    @Override
    public Row read(long line, List<String> values) {
        Map<String, String> byName = new LinkedHashMap<>();
        mapping.forEach((field, column) -> byName.put(field.name(), column < values.size() ? values.get(column) : ""));
        try {
            return row(line, values, byName);
        } catch (RowRejectedException first) {
            // everything wrong with the row, so that a person fixes it in one go
            throw new RowRejectedException(RowProblems.of(byName, VALID, ImportBatchWriter::problemOf));
        }
    }

    /** The row checked as a new customer (and its first contact) would be; fields by their {@link ImportField} names. */
    private static Row row(long line, List<String> values, Map<String, String> byName) {
        Map<ImportField, String> fields = new EnumMap<>(ImportField.class);
        Map<ImportField, String> contact = new EnumMap<>(ImportField.class);
        byName.forEach((name, value) -> {
            ImportField field = ImportField.valueOf(name);
            (field.ofContact() ? contact : fields).put(field, value);
        });
        CustomerInput input;
        try {
            input = CustomerInput.of(ImportValues.apply(NewCustomer.builder("", CustomerType.COMPANY), fields).build());
        } catch (InputRefusedException e) {
            throw new RowRejectedException(fieldOf(e), e.getMessage());
        }
        return new Row(line, values, fields, input, DuplicateFinder.Keys.of(input), firstContact(contact));
    }

    private static RowProblem problemOf(Map<String, String> byName) {
        try {
            row(0, List.of(), byName);
            return null;
        } catch (RowRejectedException e) {
            return e.problems().get(0);
        }
    }

    /** The row's first contact, checked as one entered by hand; none when the file names nobody. */
    private static ImportedContact firstContact(Map<ImportField, String> contact) {
        String name = contact.getOrDefault(ImportField.CONTACT_NAME, "").strip();
        if (name.isEmpty()) {
            return null;
        }
        try {
            return ImportedContact.check(name, contact.get(ImportField.CONTACT_TITLE), contact.get(ImportField.CONTACT_PHONE),
                    contact.get(ImportField.CONTACT_EMAIL));
        } catch (InputRefusedException e) {
            String field = switch (String.valueOf(e.field())) {
                case "title" -> ImportField.CONTACT_TITLE.name();
                case "mobile" -> ImportField.CONTACT_PHONE.name();
                case "email" -> ImportField.CONTACT_EMAIL.name();
                default -> ImportField.CONTACT_NAME.name();
            };
            throw new RowRejectedException(field, e.getMessage());
        }
    }

    /** The import field a validation error names (service fields are camelCase, import fields constants). */
    static String fieldOf(InputRefusedException e) {
        String name = e.field() == null ? "" : e.field().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return ImportField.valueOf(name).name();
        } catch (IllegalArgumentException notAField) {
            return null;
        }
    }

    @Override
    public BatchResult write(List<Row> rows) {
        Outcome outcome = database.inTransaction(em -> writeIn(em, rows));
        if (!outcome.audit().isEmpty()) {
            auditLog.recordAll(outcome.audit());
        }
        return new BatchResult(outcome.created(), outcome.updated(), outcome.skipped(), outcome.rejected());
    }

    private Outcome writeIn(EntityManager em, List<Row> rows) {
        Instant now = StoredTime.now();
        DuplicateFinder.BatchIndex index = policy == DuplicatePolicy.CREATE ? null
                : new DuplicateFinder.BatchIndex(em, rows.stream().map(Row::keys).toList());
        List<CustomerEntity> created = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<AuditEvent> audit = new ArrayList<>();
        int updated = 0;
        int skipped = 0;
        for (Row row : rows) {
            Long existing = index == null ? null : index.existing(row.keys());
            if (existing == null) {
                CustomerEntity entity = new CustomerEntity(row.input(), userId, now);
                em.persist(entity);
                created.add(entity);
                if (row.contact() != null) {
                    row.contact().addTo(em, entity.id(), entity.ownerId(), now);
                }
                if (index != null) {
                    index.add(row.keys(), entity.id());
                }
            } else if (policy == DuplicatePolicy.SKIP) {
                skipped++;
            } else {
                CustomerEntity entity = em.find(CustomerEntity.class, existing);
                if (!editScope.includes(entity.ownerId())) {
                    rejected.add(new Rejection(row.line(), null, "import.error.notYours", row.values()));
                    continue;
                }
                CustomerInput changes;
                try {
                    changes = CustomerInput.of(ImportValues.apply(NewCustomer.of(entity.toCustomer(true)).toBuilder(),
                            row.fields()).build());
                } catch (InputRefusedException e) {
                    rejected.add(new Rejection(row.line(), fieldOf(e), e.getMessage(), row.values()));
                    continue;
                }
                Map<String, Object> before = entity.auditFields();
                entity.apply(changes, true);
                if (row.contact() != null) {
                    row.contact().addTo(em, entity.id(), entity.ownerId(), now);
                }
                AuditEvent event = AuditEvent.updated(JpaCustomerService.MODULE_ID, JpaCustomerService.RECORD_TYPE,
                        entity.id(), before, entity.auditFields());
                if (!event.isEmptyUpdate()) {
                    audit.add(event);
                }
                updated++;
            }
        }
        em.flush();
        if (!created.isEmpty()) {
            // one entry per batch names the customers it created; a million single entries would say no more
            audit.add(new AuditEvent(AuditEvent.DATA, "IMPORTED", JpaCustomerService.MODULE_ID,
                    JpaCustomerService.RECORD_TYPE, jobId, List.of(new FieldChange("file", null, fileName),
                            new FieldChange("created", null, created.stream().map(c -> String.valueOf(c.id()))
                                    .collect(Collectors.joining(","))))));
        }
        return new Outcome(created.size(), updated, skipped, rejected, audit);
    }
}
