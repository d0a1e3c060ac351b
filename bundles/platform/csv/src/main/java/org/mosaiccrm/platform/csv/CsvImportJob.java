package org.mosaiccrm.platform.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mosaiccrm.platform.csv.CsvImportStatus.State;

/**
 * One import's state, shared by the thread running it and the users asking for progress. Rejected
 * rows go to a file as they come (there may be millions); the first hundred are kept for the screen.
 */
final class CsvImportJob {

    final String id;
    final long userId;
    final String fileName;
    final Path file;
    final String encoding;
    final char delimiter;
    final Path rejectedFile;
    private final List<Rejection> firstRejected = new ArrayList<>();
    private State state = State.RUNNING;
    private double fraction;
    private long rowsRead;
    private long created;
    private long updated;
    private long skipped;
    private long rejected;
    private String failureKey;
    private volatile boolean cancelRequested;
    private final long startedAt = System.currentTimeMillis();
    private CSVPrinter rejectedOut;

    CsvImportJob(String id, long userId, String fileName, Path file, String encoding, char delimiter, Path rejectedFile) {
        this.id = id;
        this.userId = userId;
        this.fileName = fileName;
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.rejectedFile = rejectedFile;
    }

    synchronized CsvImportStatus status() {
        return new CsvImportStatus(id, fileName, state, fraction, rowsRead, created, updated, skipped, rejected,
                firstRejected, failureKey);
    }

    synchronized void read(long rows, double share) {
        rowsRead = rows;
        fraction = Math.min(1, share);
    }

    synchronized void written(long newlyCreated, long newlyUpdated, long newlySkipped) {
        created += newlyCreated;
        updated += newlyUpdated;
        skipped += newlySkipped;
    }

    synchronized void reject(Rejection row) throws IOException {
        rejected++;
        if (firstRejected.size() < CsvImports.SHOWN_REJECTED) {
            firstRejected.add(row);
        }
        if (rejectedOut == null) {
            Writer writer = Files.newBufferedWriter(rejectedFile, StandardCharsets.UTF_8);
            rejectedOut = new CSVPrinter(writer, CSVFormat.DEFAULT);
        }
        rejectedOut.printRecord(toRecord(row));
    }

    /** A rejected row in the job's own file: line, number of problems, field and reason of each, the values. */
    static List<String> toRecord(Rejection row) {
        List<String> record = new ArrayList<>();
        record.add(String.valueOf(row.line()));
        record.add(String.valueOf(row.problems().size()));
        for (RowProblem problem : row.problems()) {
            record.add(problem.field() == null ? "" : problem.field());
            record.add(problem.reasonKey());
        }
        record.addAll(row.values());
        return record;
    }

    /** The rejected row {@link #toRecord} wrote. */
    static Rejection fromRecord(List<String> record) {
        int count = Integer.parseInt(record.get(1));
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String field = record.get(2 + 2 * i);
            problems.add(new RowProblem(field.isEmpty() ? null : field, record.get(3 + 2 * i)));
        }
        return Rejection.of(Long.parseLong(record.get(0)), problems, record.subList(2 + 2 * count, record.size()));
    }

    synchronized void finish(State finalState, String failure) throws IOException {
        state = finalState;
        failureKey = failure;
        if (finalState == State.DONE) {
            fraction = 1;
        }
        if (rejectedOut != null) {
            rejectedOut.close();
            rejectedOut = null;
        }
    }

    void requestCancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized boolean finished() {
        return state.finished();
    }

    long startedAt() {
        return startedAt;
    }
}
