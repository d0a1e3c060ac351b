package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.csv.CsvRowHandler;
import org.mosaiccrm.platform.csv.RowProblem;
import org.mosaiccrm.platform.csv.RowProblems;
import org.mosaiccrm.platform.csv.RowRejectedException;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.service.internal.lead.LeadImport.Field;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.NewLead;
import org.mosaiccrm.sales.OpportunityService;

import jakarta.persistence.EntityManager;

/**
 * The lead side of an import: a row is checked as a lead entered by hand; a batch is written in
 * one transaction (a refused one is retried row by row by the platform's import), skipping rows
 * whose email or phone matches an open lead (or an earlier row),
 * the new leads of a batch taking turns in the round robin (else owned by the importer).
 */
final class LeadRows implements CsvRowHandler<LeadRows.Row> {

    record Row(long line, List<String> values, LeadInput.Checked lead) {
    }

    private final ModuleDatabase database;
    private final AuditLog audit;
    private final Map<Field, Integer> mapping;
    private final Subject importer;
    private final String jobId;
    private final String fileName;

    LeadRows(ModuleDatabase database, AuditLog audit, Map<Field, Integer> mapping, Subject importer, String jobId,
            String fileName) {
        this.database = database;
        this.audit = audit;
        this.mapping = Map.copyOf(mapping);
        this.importer = importer;
        this.jobId = jobId;
        this.fileName = fileName;
    }

    /** Values that make a lead row valid on their own, to find each field's own problems. */
    private static final Map<String, String> VALID = Map.of(Field.NAME.name(), "x", Field.PHONE.name(), "1");

    @Override
    public Row read(long line, List<String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        mapping.forEach((field, column) -> fields.put(field.name(), column < values.size() ? values.get(column) : ""));
        try {
            return new Row(line, values, check(fields));
        } catch (InputRefusedException e) {
            throw new RowRejectedException(RowProblems.of(fields, VALID, LeadRows::problemOf));
        }
    }

    /** The row checked as a lead entered by hand; fields by their {@link Field} names. */
    private static LeadInput.Checked check(Map<String, String> fields) {
        NewLead lead = new NewLead(value(fields, Field.NAME), value(fields, Field.COMPANY), value(fields, Field.TITLE),
                value(fields, Field.EMAIL), value(fields, Field.PHONE), value(fields, Field.SOURCE),
                LeadInput.grade(value(fields, Field.GRADE)), LeadInput.score(value(fields, Field.SCORE)),
                value(fields, Field.NOTES), null);
        return LeadInput.check(lead);
    }

    private static RowProblem problemOf(Map<String, String> fields) {
        try {
            check(fields);
            return null;
        } catch (InputRefusedException e) {
            return new RowProblem(e.field(), e.getMessage());
        }
    }

    private static String value(Map<String, String> fields, Field field) {
        return fields.getOrDefault(field.name(), "");
    }

    @Override
    public BatchResult write(List<Row> rows) {
        List<Long> created = new ArrayList<>();
        int skipped = database.inTransaction(em -> writeIn(em, rows, created));
        if (!created.isEmpty()) {
            // one entry per batch names the leads it created
            audit.record(new AuditEvent(AuditEvent.DATA, "IMPORTED", OpportunityService.MODULE_ID, JpaLeadService.RECORD_TYPE,
                    jobId, List.of(new FieldChange("file", null, fileName), new FieldChange("created", null,
                            created.stream().map(String::valueOf).collect(Collectors.joining(","))))));
        }
        return new BatchResult(created.size(), 0, skipped, List.of());
    }

    /** Writes the new leads of the batch into {@code created}; returns how many rows were skipped as duplicates. */
    private int writeIn(EntityManager em, List<Row> rows, List<Long> created) {
        created.clear();
        int skipped = 0;
        Set<String> emails = rows.stream().map(r -> LeadInput.emailKey(r.lead().email())).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> phones = rows.stream().map(r -> LeadInput.phoneKey(r.lead().phone())).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> taken = new HashSet<>();
        if (!emails.isEmpty()) {
            em.createQuery("select l.emailKey from LeadEntity l where l.status = :open and l.emailKey in :keys", String.class)
                    .setParameter("open", LeadStatus.OPEN).setParameter("keys", List.copyOf(emails)).getResultList()
                    .forEach(k -> taken.add("e:" + k));
        }
        if (!phones.isEmpty()) {
            em.createQuery("select l.phoneKey from LeadEntity l where l.status = :open and l.phoneKey in :keys", String.class)
                    .setParameter("open", LeadStatus.OPEN).setParameter("keys", List.copyOf(phones)).getResultList()
                    .forEach(k -> taken.add("p:" + k));
        }
        List<Row> fresh = new ArrayList<>();
        for (Row row : rows) {
            String email = LeadInput.emailKey(row.lead().email());
            String phone = LeadInput.phoneKey(row.lead().phone());
            if ((!email.isEmpty() && taken.contains("e:" + email)) || (!phone.isEmpty() && taken.contains("p:" + phone))) {
                skipped++;
                continue;
            }
            fresh.add(row);
            if (!email.isEmpty()) {
                taken.add("e:" + email);
            }
            if (!phone.isEmpty()) {
                taken.add("p:" + phone);
            }
        }
        Instant now = StoredTime.now();
        List<Long> owners = LeadRouting.next(em, fresh.size(), now);
        List<LeadEntity> made = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            LeadEntity entity = new LeadEntity(fresh.get(i).lead(), owners.isEmpty() ? importer.userId() : owners.get(i), now);
            em.persist(entity);
            made.add(entity);
        }
        em.flush();
        made.forEach(entity -> created.add(entity.id()));
        return skipped;
    }
}
