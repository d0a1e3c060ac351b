package org.mosaiccrm.customer.service.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV import and export of customers. Received files and lists of rejected rows live in the
 * bundle's data area and are removed a day after their import; imports run one at a time per
 * worker (two workers), each as the user who started it.
 */
@Component(service = CustomerCsv.class)
public class JpaCustomerCsv implements CustomerCsv {

    private static final Logger LOG = LoggerFactory.getLogger(JpaCustomerCsv.class);
    private static final Pattern FILE_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final long KEEP_MILLIS = TimeUnit.DAYS.toMillis(1);

    private final ModuleDatabase database;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final AuditLog auditLog;
    private final Path workDir;
    private final ExecutorService workers;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> fileNames = new ConcurrentHashMap<>();

    @Activate
    public JpaCustomerCsv(@Reference CustomerDatabase database, @Reference CustomerService customers,
            @Reference AccessPolicy policy, @Reference AuditLog auditLog, BundleContext context) throws IOException {
        this(database.database(), customers, policy, auditLog, context.getDataFile("imports").toPath(),
                Executors.newFixedThreadPool(2, task -> {
                    Thread thread = new Thread(task, "customer-import");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    JpaCustomerCsv(ModuleDatabase database, CustomerService customers, AccessPolicy policy, AuditLog auditLog,
            Path workDir, ExecutorService workers) throws IOException {
        this.database = database;
        this.customers = customers;
        this.policy = policy;
        this.auditLog = auditLog;
        this.workDir = Files.createDirectories(workDir);
        this.workers = workers;
    }

    @Override
    public CsvPreview receive(String fileName, InputStream content) throws IOException {
        policy.require(CustomerService.PERMISSION_IMPORT);
        removeOldFiles();
        String fileId = UUID.randomUUID().toString();
        Path file = workDir.resolve(fileId + ".csv");
        long size;
        try (InputStream in = content) {
            size = Files.copy(in, file);
        }
        if (size == 0 || size > MAX_FILE_BYTES) {
            Files.deleteIfExists(file);
            throw new CsvFileException(size == 0 ? "import.error.empty" : "import.error.tooLarge", 0);
        }
        fileNames.put(fileId, fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip());
        Charset encoding = CsvFiles.detectEncoding(file);
        return preview(fileId, encoding, CsvFiles.detectDelimiter(file, encoding));
    }

    @Override
    public CsvPreview reread(String fileId, String encoding, char delimiter) {
        policy.require(CustomerService.PERMISSION_IMPORT);
        try {
            return preview(fileId, CsvFiles.charset(encoding), delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvPreview preview(String fileId, Charset encoding, char delimiter) throws IOException {
        Path file = received(fileId);
        try (CSVParser parser = CsvFiles.parser(CsvFiles.reader(file, encoding), delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new CsvFileException("import.error.empty", 1);
            }
            List<String> headers = records.next().toList();
            List<List<String>> sample = new ArrayList<>();
            while (sample.size() < PREVIEW_ROWS && records.hasNext()) {
                sample.add(records.next().toList());
            }
            Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
            for (int column = 0; column < headers.size(); column++) {
                ImportField field = ImportValues.fieldOf(headers.get(column));
                if (field != null) {
                    mapping.putIfAbsent(field, column);
                }
            }
            return new CsvPreview(fileId, fileNames.getOrDefault(fileId, "import.csv"), encoding.name(), delimiter,
                    headers, sample, mapping);
        } catch (UncheckedIOException e) {
            throw new CsvFileException(CsvFiles.isEncodingError(e) ? "import.error.encoding" : "import.error.quoting", 0);
        } catch (IOException e) {
            if (CsvFiles.isEncodingError(e)) {
                throw new CsvFileException("import.error.encoding", 0);
            }
            throw e;
        }
    }

    @Override
    public ImportProgress start(String fileId, ImportSettings settings) {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        policy.require(CustomerService.PERMISSION_CREATE);
        Path file = received(fileId);
        CsvFiles.charset(settings.encoding());
        if (!settings.mapping().containsKey(ImportField.NAME)) {
            throw new CsvFileException("import.error.nameNotMapped", 1);
        }
        if (settings.mapping().containsKey(ImportField.TAX_ID) && !policy.isPermitted(CustomerService.PERMISSION_TAX_ID)) {
            throw new CsvFileException("import.error.taxIdNotAllowed", 1);
        }
        if (settings.delimiter() != ',' && settings.delimiter() != ';' && settings.delimiter() != '\t') {
            throw new CsvFileException("import.error.delimiter", 1);
        }
        OwnerFilter editScope = settings.policy() == DuplicatePolicy.UPDATE
                ? policy.ownerFilter(CustomerService.PERMISSION_EDIT) : OwnerFilter.owners(Set.of());
        String jobId = UUID.randomUUID().toString();
        String fileName = fileNames.getOrDefault(fileId, "import.csv");
        ImportJob job = new ImportJob(jobId, subject.userId(), fileName, file, settings, workDir.resolve(jobId + ".rejected.csv"));
        ImportBatchWriter writer = new ImportBatchWriter(database, settings.policy(), editScope, subject.userId(), jobId, fileName);
        jobs.put(jobId, job);
        workers.execute(() -> CurrentSubject.runAs(subject, new ImportRun(job, writer, auditLog)));
        return job.progress();
    }

    @Override
    public Optional<ImportProgress> progress(String jobId) {
        return ownJob(jobId).map(ImportJob::progress);
    }

    @Override
    public void cancel(String jobId) {
        ownJob(jobId).ifPresent(ImportJob::requestCancel);
    }

    @Override
    public void writeRejected(String jobId, Function<RejectedRow, String> reasonText, OutputStream out) throws IOException {
        ImportJob job = ownJob(jobId).orElseThrow(() -> new CsvFileException("import.error.noSuchImport", 0));
        try (CSVPrinter printer = new CSVPrinter(utf8WithBom(out), CSVFormat.DEFAULT)) {
            printer.printRecord("line", "field", "reason");
            if (!Files.exists(job.rejectedFile) || !job.finished()) {
                return;
            }
            try (Reader reader = Files.newBufferedReader(job.rejectedFile, StandardCharsets.UTF_8);
                    CSVParser rows = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
                for (CSVRecord row : rows) {
                    List<String> values = row.toList();
                    RejectedRow rejected = new RejectedRow(Long.parseLong(values.get(0)),
                            values.get(1).isEmpty() ? null : ImportField.valueOf(values.get(1)), values.get(2),
                            values.subList(3, values.size()));
                    List<String> record = new ArrayList<>();
                    record.add(values.get(0));
                    record.add(values.get(1));
                    record.add(reasonText.apply(rejected));
                    record.addAll(rejected.values());
                    printer.printRecord(record);
                }
            }
        }
    }

    @Override
    public void export(CustomerQuery query, Function<ImportField, String> header, OutputStream out) throws IOException {
        policy.require(CustomerService.PERMISSION_EXPORT);
        List<ImportField> fields = new ArrayList<>(List.of(ImportField.values()));
        if (!policy.isPermitted(CustomerService.PERMISSION_TAX_ID)) {
            fields.remove(ImportField.TAX_ID);
        }
        CSVPrinter printer = new CSVPrinter(utf8WithBom(out), CSVFormat.DEFAULT);
        printer.printRecord(fields.stream().map(header).toList());
        PageCursor cursor = null;
        do {
            Page<Customer> page = customers.list(query, cursor, CustomerService.MAX_PAGE);
            for (Customer customer : page.items()) {
                printer.printRecord(fields.stream().map(field -> ExportValues.of(customer, field)).toList());
            }
            cursor = page.next();
        } while (cursor != null);
        printer.flush();
    }

    private static Writer utf8WithBom(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // Excel reads UTF-8 only with it; without, Chinese text turns to noise
        return writer;
    }

    private Optional<ImportJob> ownJob(String jobId) {
        Subject subject = policy.require(CustomerService.PERMISSION_IMPORT);
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId)).filter(job -> job.userId == subject.userId());
    }

    private Path received(String fileId) {
        Path file = fileId != null && FILE_ID.matcher(fileId).matches() ? workDir.resolve(fileId + ".csv") : null;
        if (file == null || !Files.exists(file)) {
            throw new CsvFileException("import.error.noSuchFile", 0);
        }
        return file;
    }

    /** Files and jobs of imports older than a day go; a running import keeps its own. */
    private void removeOldFiles() {
        long before = System.currentTimeMillis() - KEEP_MILLIS;
        jobs.values().removeIf(job -> job.finished() && job.startedAt() < before);
        try (var files = Files.list(workDir)) {
            for (Path file : files.toList()) {
                boolean inUse = jobs.values().stream().anyMatch(job -> job.file.equals(file) || job.rejectedFile.equals(file));
                if (!inUse && Files.getLastModifiedTime(file).toMillis() < before) {
                    Files.deleteIfExists(file);
                    fileNames.remove(file.getFileName().toString().replace(".csv", ""));
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean up old import files in {}", workDir, e);
        }
    }

    @Deactivate
    void close() throws InterruptedException {
        jobs.values().forEach(ImportJob::requestCancel);
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
