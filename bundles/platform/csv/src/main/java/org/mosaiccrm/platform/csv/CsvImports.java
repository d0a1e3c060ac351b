package org.mosaiccrm.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The imports of one module: received files, running and finished imports. Received files and
 * lists of rejected rows live in the module's work folder and are removed a day after their
 * import; imports run in the background on the platform's job service, each as the user who
 * started it, and only that user sees or stops it. Permission checks are the module's, before it calls in here.
 */
public final class CsvImports implements AutoCloseable {

    /** Largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** Rows shown in a preview. */
    public static final int PREVIEW_ROWS = 10;
    /** Rows handed to {@link CsvRowHandler#write} at a time. */
    public static final int BATCH = 500;
    /** Rejected rows kept in {@link CsvImportStatus#firstRejected()}. */
    public static final int SHOWN_REJECTED = 100;

    private static final Logger LOG = LoggerFactory.getLogger(CsvImports.class);
    private static final Pattern FILE_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final long KEEP_MILLIS = TimeUnit.DAYS.toMillis(1);

    private final Path workDir;
    private final Jobs background;
    private final String backgroundJobId;
    private final Set<CompletableFuture<Void>> running = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> runs = new ConcurrentHashMap<>();
    private final Map<String, CsvImportJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> fileNames = new ConcurrentHashMap<>();

    /**
     * Imports kept in {@code workDir}, run on the job service.
     *
     * @param jobId names the imports' background work for operators ({@code "notes.note.import"})
     */
    public CsvImports(Path workDir, Jobs background, String jobId) throws IOException {
        this.workDir = Files.createDirectories(workDir);
        this.background = background;
        this.backgroundJobId = jobId;
    }

    /**
     * Keeps a copy of an uploaded file and reads its beginning: character set (UTF-8 with or without
     * BOM, UTF-16 with BOM, else GB18030, which covers GBK files from Chinese Excel) and separator.
     *
     * @throws CsvFileException when it is empty, too large or not a CSV file
     */
    public CsvSample receive(String fileName, InputStream content) throws IOException {
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
        return sample(fileId, encoding, CsvFiles.detectDelimiter(file, encoding));
    }

    /** Reads a received file again with the encoding and separator the user chose. */
    public CsvSample reread(String fileId, String encoding, char delimiter) {
        try {
            return sample(fileId, CsvFiles.charset(encoding), delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvSample sample(String fileId, Charset encoding, char delimiter) throws IOException {
        Path file = received(fileId);
        try (CSVParser parser = CsvFiles.parser(CsvFiles.reader(file, encoding), delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new CsvFileException("import.error.empty", 1);
            }
            List<String> headers = CsvCells.restore(records.next().toList());
            List<List<String>> sample = new ArrayList<>();
            while (sample.size() < PREVIEW_ROWS && records.hasNext()) {
                sample.add(CsvCells.restore(records.next().toList()));
            }
            return new CsvSample(fileId, fileNames.getOrDefault(fileId, "import.csv"), encoding.name(), delimiter, headers, sample);
        } catch (UncheckedIOException e) {
            throw new CsvFileException(CsvFiles.isEncodingError(e) ? "import.error.encoding" : "import.error.quoting", 0);
        } catch (IOException e) {
            if (CsvFiles.isEncodingError(e)) {
                throw new CsvFileException("import.error.encoding", 0);
            }
            throw e;
        }
    }

    /**
     * Starts importing a received file in the background, as {@code subject}.
     *
     * @param handler makes the module's row handler for the import's id (e.g. for its audit entries)
     * @throws CsvFileException when the file is unknown or the encoding or separator cannot work
     */
    public <R> CsvImportStatus start(String fileId, String encoding, char delimiter, Subject subject,
            Function<String, CsvRowHandler<R>> handler) {
        Path file = received(fileId);
        CsvFiles.charset(encoding);
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new CsvFileException("import.error.delimiter", 1);
        }
        String jobId = UUID.randomUUID().toString();
        CsvImportJob job = new CsvImportJob(jobId, subject.userId(), fileNames.getOrDefault(fileId, "import.csv"), file,
                encoding, delimiter, workDir.resolve(jobId + ".rejected.csv"));
        CsvRowHandler<R> rows = handler.apply(jobId);
        jobs.put(jobId, job);
        CompletableFuture<Void> run = background.runOnce(backgroundJobId,
                () -> CurrentSubject.runAs(subject, new CsvImportRun<>(job, rows)));
        running.add(run);
        runs.put(jobId, run);
        run.whenComplete((done, failure) -> {
            running.remove(run);
            runs.remove(jobId);
        });
        return job.status();
    }

    /** The name the file was uploaded with. */
    public String fileName(String fileId) {
        return fileNames.getOrDefault(fileId, "import.csv");
    }

    /** The status of one of the user's imports (empty for others' or unknown ids). */
    public Optional<CsvImportStatus> status(String jobId, long userId) {
        return ownJob(jobId, userId).map(CsvImportJob::status);
    }

    /**
     * The status of one of the user's imports once it has finished, or as it stands after waiting
     * {@code limit} (empty for others' or unknown ids).
     *
     * @since 2.2
     */
    public Optional<CsvImportStatus> awaitFinished(String jobId, long userId, Duration limit) throws InterruptedException {
        Optional<CsvImportJob> job = ownJob(jobId, userId);
        CompletableFuture<Void> run = runs.get(jobId);
        if (job.isPresent() && run != null) {
            try {
                run.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // its status says how it failed, or that it still runs
            }
        }
        return job.map(CsvImportJob::status);
    }

    /** Asks one of the user's imports to stop after the batch it is writing. */
    public void cancel(String jobId, long userId) {
        ownJob(jobId, userId).ifPresent(CsvImportJob::requestCancel);
    }

    /**
     * Writes every rejected row of one of the user's finished imports as a {@link CsvExport}: line,
     * fields, reasons (all of a row's problems), then the row as read; the heading row names these
     * and then the file's own columns, so the list can be fixed and imported again.
     */
    public void writeRejected(String jobId, long userId, RejectedRowsText text, OutputStream out) throws IOException {
        CsvImportJob job = ownJob(jobId, userId).orElseThrow(() -> new CsvFileException("import.error.noSuchImport", 0));
        try (CsvExport export = CsvExport.to(out)) {
            List<String> headings = new ArrayList<>(text.headings());
            headings.addAll(fileHeadings(job));
            export.row(headings);
            if (!Files.exists(job.rejectedFile) || !job.finished()) {
                return;
            }
            try (Reader reader = Files.newBufferedReader(job.rejectedFile, StandardCharsets.UTF_8);
                    CSVParser rows = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
                for (CSVRecord row : rows) {
                    Rejection rejected = CsvImportJob.fromRecord(row.toList());
                    List<String> record = new ArrayList<>();
                    record.add(String.valueOf(rejected.line()));
                    record.add(rejected.problems().stream().map(RowProblem::field).filter(Objects::nonNull)
                            .distinct().map(text::field).collect(Collectors.joining(text.separator())));
                    record.add(rejected.problems().stream().map(problem -> problem.field() == null
                            ? text.reason(problem.reasonKey())
                            : text.problem(text.field(problem.field()), text.reason(problem.reasonKey())))
                            .collect(Collectors.joining(text.separator())));
                    record.addAll(rejected.values());
                    export.row(record);
                }
            }
        }
    }

    /**
     * {@link #writeRejected(String, long, RejectedRowsText, OutputStream)} with English headings and
     * field codes.
     *
     * @param reasonText the reason of a rejected row (of one problem) in the user's words
     */
    public void writeRejected(String jobId, long userId, Function<Rejection, String> reasonText, OutputStream out)
            throws IOException {
        writeRejected(jobId, userId, RejectedRowsText.plain(key -> reasonText.apply(new Rejection(0, null, key, List.of()))),
                out);
    }

    /** The header row of the import's file, as read (empty when it cannot be read again). */
    private static List<String> fileHeadings(CsvImportJob job) {
        try (CSVParser parser = CsvFiles.parser(CsvFiles.reader(job.file, CsvFiles.charset(job.encoding)), job.delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? CsvCells.restore(records.next().toList()) : List.of();
        } catch (IOException | UncheckedIOException | CsvFileException e) {
            return List.of();
        }
    }

    private Optional<CsvImportJob> ownJob(String jobId, long userId) {
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId)).filter(job -> job.userId == userId);
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

    /** Asks running imports to stop after their batch and waits for them (the module is going). */
    @Override
    public void close() throws InterruptedException {
        jobs.values().forEach(CsvImportJob::requestCancel);
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("Imports still running or failed while their module stops: {}", e.getMessage());
        }
    }
}
