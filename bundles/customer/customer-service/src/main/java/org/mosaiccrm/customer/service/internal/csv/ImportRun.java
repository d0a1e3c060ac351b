package org.mosaiccrm.customer.service.internal.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mosaiccrm.customer.CustomerInputException;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.csv.ImportProgress.ImportState;
import org.mosaiccrm.customer.csv.RejectedRow;
import org.mosaiccrm.customer.service.internal.CustomerInput;
import org.mosaiccrm.customer.service.internal.DuplicateFinder;
import org.mosaiccrm.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an import file row by row, validates each row on its own, and hands valid rows to the
 * {@link ImportBatchWriter} in batches. Runs on a worker thread as the user who started it.
 */
final class ImportRun implements Runnable {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final ImportJob job;
    private final ImportBatchWriter writer;
    private final AuditLog auditLog;

    ImportRun(ImportJob job, ImportBatchWriter writer, AuditLog auditLog) {
        this.job = job;
        this.writer = writer;
        this.auditLog = auditLog;
    }

    @Override
    public void run() {
        long size = Math.max(1, job.file.toFile().length());
        long line = 1;
        long rows = 0;
        try (CountingStream counted = new CountingStream(Files.newInputStream(job.file));
                CSVParser parser = CsvFiles.parser(CsvFiles.reader(counted, CsvFiles.charset(job.settings.encoding())),
                        job.settings.delimiter())) {
            Iterator<CSVRecord> records = parser.iterator();
            int columns = records.hasNext() ? records.next().size() : 0;
            line = parser.getCurrentLineNumber() + 1;
            List<ImportBatchWriter.Row> batch = new ArrayList<>(BATCH);
            while (!job.cancelRequested() && records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                Object row = validate(record, line, columns);
                line = parser.getCurrentLineNumber() + 1;
                if (row instanceof RejectedRow rejected) {
                    job.reject(rejected);
                } else {
                    batch.add((ImportBatchWriter.Row) row);
                }
                if (batch.size() == BATCH) {
                    write(batch);
                    batch = new ArrayList<>(BATCH);
                }
                if (rows % 100 == 0) {
                    job.read(rows, (double) counted.count / size);
                }
            }
            write(batch);
            job.read(rows, (double) counted.count / size);
            job.finish(job.cancelRequested() ? ImportState.CANCELLED : ImportState.DONE, null);
        } catch (IOException | UncheckedIOException e) {
            // the rest of the file cannot be read: rows before stay imported, the reason is shown
            String key = CsvFiles.isEncodingError(e) ? "import.error.encoding" : "import.error.quoting";
            LOG.info("Import {} stopped at line {}: {}", job.id, line, e.getMessage());
            stop(new RejectedRow(line, null, key, List.of()), key);
        } catch (RuntimeException e) {
            LOG.error("Import {} failed at line {}", job.id, line, e);
            stop(new RejectedRow(line, null, "import.error.unexpected", List.of()), "import.error.unexpected");
        }
    }

    private void stop(RejectedRow at, String key) {
        try {
            job.reject(at);
            job.finish(ImportState.FAILED, key);
        } catch (IOException e) {
            LOG.error("Import {}: could not close its list of rejected rows", job.id, e);
        }
    }

    private void write(List<ImportBatchWriter.Row> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        ImportBatchWriter.Outcome outcome = writer.write(batch);
        for (RejectedRow rejected : outcome.rejected()) {
            job.reject(rejected);
        }
        job.written(outcome.created(), outcome.updated(), outcome.skipped());
        if (!outcome.audit().isEmpty()) {
            auditLog.recordAll(outcome.audit());
        }
    }

    /** A row ready to write, or why it is rejected. */
    private Object validate(CSVRecord record, long line, int columns) {
        List<String> values = record.toList();
        if (values.size() != columns) {
            return new RejectedRow(line, null, "import.error.columns", values);
        }
        Map<ImportField, String> fields = new EnumMap<>(ImportField.class);
        job.settings.mapping().forEach((field, column) -> fields.put(field, column < values.size() ? values.get(column) : ""));
        try {
            CustomerInput input = CustomerInput.of(ImportValues.apply(NewCustomer.builder("", CustomerType.COMPANY),
                    fields).build());
            return new ImportBatchWriter.Row(line, values, fields, input, DuplicateFinder.Keys.of(input));
        } catch (CustomerInputException e) {
            return new RejectedRow(line, fieldOf(e), e.getMessage(), values);
        }
    }

    /** The import field a validation error names (service fields are camelCase, import fields constants). */
    static ImportField fieldOf(CustomerInputException e) {
        String name = e.field() == null ? "" : e.field().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return ImportField.valueOf(name);
        } catch (IllegalArgumentException notAField) {
            return null;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {

        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
