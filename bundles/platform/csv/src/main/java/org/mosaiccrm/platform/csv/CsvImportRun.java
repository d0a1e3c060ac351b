package org.mosaiccrm.platform.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mosaiccrm.platform.csv.CsvImportStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an import file row by row, has the module check each row on its own, and hands checked
 * rows to it in batches. Runs on a worker thread as the user who started it.
 */
final class CsvImportRun<R> implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImportRun.class);

    private final CsvImportJob job;
    private final CsvRowHandler<R> handler;

    /** A checked row with where it came from, for rejecting it should the database refuse it. */
    private record Pending<R>(long line, List<String> values, R row) {
    }

    CsvImportRun(CsvImportJob job, CsvRowHandler<R> handler) {
        this.job = job;
        this.handler = handler;
    }

    @Override
    public void run() {
        long size = Math.max(1, job.file.toFile().length());
        long line = 1;
        long rows = 0;
        try (CountingStream counted = new CountingStream(Files.newInputStream(job.file));
                CSVParser parser = CsvFiles.parser(CsvFiles.reader(counted, CsvFiles.charset(job.encoding)),
                        job.delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            int columns = records.hasNext() ? records.next().size() : 0;
            line = parser.getCurrentLineNumber() + 1;
            List<Pending<R>> batch = new ArrayList<>(CsvImports.BATCH);
            while (!job.cancelRequested() && records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                List<String> values = CsvCells.restore(record.toList());
                if (values.size() != columns) {
                    job.reject(new Rejection(line, null, "import.error.columns", values));
                } else {
                    try {
                        batch.add(new Pending<>(line, values, handler.read(line, values)));
                    } catch (RowRejectedException e) {
                        job.reject(Rejection.of(line, e.problems(), values));
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
                if (batch.size() == CsvImports.BATCH) {
                    write(batch);
                    batch = new ArrayList<>(CsvImports.BATCH);
                }
                if (rows % 100 == 0) {
                    job.read(rows, (double) counted.count / size);
                }
            }
            write(batch);
            job.read(rows, (double) counted.count / size);
            job.finish(job.cancelRequested() ? State.CANCELLED : State.DONE, null);
        } catch (IOException | UncheckedIOException e) {
            // the rest of the file cannot be read: rows before stay imported, the reason is shown
            String key = CsvFiles.isEncodingError(e) ? "import.error.encoding" : "import.error.quoting";
            LOG.info("Import {} stopped at line {}: {}", job.id, line, e.getMessage());
            stop(new Rejection(line, null, key, List.of()), key);
        } catch (RuntimeException e) {
            LOG.error("Import {} failed at line {}", job.id, line, e);
            stop(new Rejection(line, null, "import.error.unexpected", List.of()), "import.error.unexpected");
        }
    }

    private void stop(Rejection at, String key) {
        try {
            job.reject(at);
            job.finish(State.FAILED, key);
        } catch (IOException e) {
            LOG.error("Import {}: could not close its list of rejected rows", job.id, e);
        }
    }

    /**
     * Hands a batch to the module. When the database refuses it, one row spoiled it: the rows are
     * written one by one so that only that row is rejected.
     */
    private void write(List<Pending<R>> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        CsvRowHandler.BatchResult outcome;
        try {
            outcome = handler.write(batch.stream().map(Pending::row).toList());
        } catch (RuntimeException refused) {
            if (batch.size() == 1) {
                LOG.warn("Import {}: line {} refused by the database", job.id, batch.get(0).line(), refused);
                job.reject(new Rejection(batch.get(0).line(), null, "import.error.database", batch.get(0).values()));
                return;
            }
            for (Pending<R> single : batch) {
                write(List.of(single));
            }
            return;
        }
        for (Rejection rejected : outcome.rejected()) {
            job.reject(rejected);
        }
        job.written(outcome.created(), outcome.updated(), outcome.skipped());
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
