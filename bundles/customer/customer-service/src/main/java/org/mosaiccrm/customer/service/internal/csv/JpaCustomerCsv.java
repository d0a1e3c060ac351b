package org.mosaiccrm.customer.service.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.customer.csv.CsvFileException;
import org.mosaiccrm.customer.csv.CsvPreview;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.csv.DuplicatePolicy;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.csv.ImportProgress;
import org.mosaiccrm.customer.csv.ImportSettings;
import org.mosaiccrm.customer.csv.RejectedRow;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.csv.CsvExport;
import org.mosaiccrm.platform.csv.CsvFiles;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvImports;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * CSV import and export of customers. Files, background runs and rejected rows are the platform's
 * {@link CsvImports}; this class checks permissions, suggests the column mapping and supplies the
 * customer rows ({@link ImportBatchWriter}).
 *
 * <p>Immediate: it holds the running imports, so it must not be deactivated (and its jobs lost)
 * when no caller happens to hold the service at the moment, as a delayed component would be.
 */
@Component(service = CustomerCsv.class, immediate = true)
public class JpaCustomerCsv implements CustomerCsv {

    private final ModuleDatabase database;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final AuditLog auditLog;
    private final CsvImports imports;

    @Activate
    public JpaCustomerCsv(@Reference CustomerDatabase database, @Reference CustomerService customers,
            @Reference AccessPolicy policy, @Reference AuditLog auditLog, @Reference Jobs jobs, BundleContext context)
            throws IOException {
        this(database.database(), customers, policy, auditLog,
                new CsvImports(context.getDataFile("imports").toPath(), jobs, "customer.import"));
    }

    /** Outside OSGi (tests): DS picks constructors by their number of arguments, so this one is a factory. */
    static JpaCustomerCsv of(ModuleDatabase database, CustomerService customers, AccessPolicy policy, AuditLog auditLog,
            Path workDir, Jobs jobs) throws IOException {
        return new JpaCustomerCsv(database, customers, policy, auditLog, new CsvImports(workDir, jobs, "customer.import"));
    }

    private JpaCustomerCsv(ModuleDatabase database, CustomerService customers, AccessPolicy policy, AuditLog auditLog,
            CsvImports imports) {
        this.database = database;
        this.customers = customers;
        this.policy = policy;
        this.auditLog = auditLog;
        this.imports = imports;
    }

    @Override
    public CsvPreview receive(String fileName, InputStream content) throws IOException {
        policy.require(CustomerService.PERMISSION_IMPORT);
        try {
            return preview(imports.receive(fileName, content));
        } catch (org.mosaiccrm.platform.csv.CsvFileException e) {
            throw customerException(e);
        }
    }

    @Override
    public CsvPreview reread(String fileId, String encoding, char delimiter) {
        policy.require(CustomerService.PERMISSION_IMPORT);
        return translated(() -> preview(imports.reread(fileId, encoding, delimiter)));
    }

    private static CsvPreview preview(CsvSample sample) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (int column = 0; column < sample.headers().size(); column++) {
            ImportField field = ImportValues.fieldOf(sample.headers().get(column));
            if (field != null) {
                mapping.putIfAbsent(field, column);
            }
        }
        return new CsvPreview(sample.fileId(), sample.fileName(), sample.encoding(), sample.delimiter(), sample.headers(),
                sample.sample(), mapping);
    }

    @Override
    public ImportProgress start(String fileId, ImportSettings settings) {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        policy.require(CustomerService.PERMISSION_CREATE);
        if (!settings.mapping().containsKey(ImportField.NAME)) {
            throw new CsvFileException("import.error.nameNotMapped", 1);
        }
        if (settings.mapping().containsKey(ImportField.TAX_ID) && !policy.isPermitted(CustomerService.PERMISSION_TAX_ID)) {
            throw new CsvFileException("import.error.taxIdNotAllowed", 1);
        }
        OwnerFilter editScope = settings.policy() == DuplicatePolicy.UPDATE
                ? policy.ownerFilter(CustomerService.PERMISSION_EDIT) : OwnerFilter.owners(Set.of());
        return translated(() -> {
            String fileName = imports.fileName(fileId);
            return progressOf(imports.start(fileId, settings.encoding(), settings.delimiter(), subject,
                    jobId -> new ImportBatchWriter(database, auditLog, settings.mapping(), settings.policy(), editScope,
                            subject.userId(), jobId, fileName)));
        });
    }

    @Override
    public Optional<ImportProgress> progress(String jobId) {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        return imports.status(jobId, subject.userId()).map(JpaCustomerCsv::progressOf);
    }

    @Override
    public void cancel(String jobId) {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        imports.cancel(jobId, subject.userId());
    }

    @Override
    public void writeRejected(String jobId, Function<RejectedRow, String> reasonText, OutputStream out) throws IOException {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        try {
            imports.writeRejected(jobId, subject.userId(), rejection -> reasonText.apply(rejectedRow(rejection)), out);
        } catch (org.mosaiccrm.platform.csv.CsvFileException e) {
            throw customerException(e);
        }
    }

    @Override
    public void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        try {
            imports.writeRejected(jobId, subject.userId(), text, out);
        } catch (org.mosaiccrm.platform.csv.CsvFileException e) {
            throw customerException(e);
        }
    }

    private static ImportProgress progressOf(CsvImportStatus status) {
        return new ImportProgress(status.jobId(), status.fileName(), ImportProgress.ImportState.valueOf(status.state().name()),
                status.fraction(), status.rowsRead(), status.created(), status.updated(), status.skipped(),
                status.rejected(), status.firstRejected().stream().map(JpaCustomerCsv::rejectedRow).toList(),
                status.failureKey());
    }

    private static RejectedRow rejectedRow(Rejection rejection) {
        return new RejectedRow(rejection.line(), field(rejection.field()), rejection.reasonKey(), rejection.values(),
                rejection.problems().stream().map(p -> new RejectedRow.Problem(field(p.field()), p.reasonKey())).toList());
    }

    private static ImportField field(String name) {
        return name == null ? null : ImportField.valueOf(name);
    }

    /** The customer API's own exception for the platform's (the API predates the shared import). */
    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (org.mosaiccrm.platform.csv.CsvFileException e) {
            throw customerException(e);
        }
    }

    private static CsvFileException customerException(org.mosaiccrm.platform.csv.CsvFileException e) {
        return new CsvFileException(e.getMessage(), e.line());
    }

    @Override
    public void export(CustomerQuery query, Function<ImportField, String> header, OutputStream out) throws IOException {
        policy.require(CustomerService.PERMISSION_EXPORT);
        // the customer's own fields; first contacts are an import's convenience, contacts have a page of their own
        List<ImportField> fields = new ArrayList<>(List.of(ImportField.values()).stream().filter(f -> !f.ofContact()).toList());
        if (!policy.isPermitted(CustomerService.PERMISSION_TAX_ID)) {
            fields.remove(ImportField.TAX_ID);
        }
        CsvExport export = CsvExport.to(out);
        export.row(fields.stream().map(header).toList());
        PageCursor cursor = null;
        do {
            Page<Customer> page = customers.list(query, cursor, CustomerService.MAX_PAGE);
            for (Customer customer : page.items()) {
                export.row(fields.stream().map(field -> ExportValues.of(customer, field)).toList());
            }
            cursor = page.next();
        } while (cursor != null);
        export.flush();
    }

    @Deactivate
    void close() throws InterruptedException {
        imports.close();
    }
}
