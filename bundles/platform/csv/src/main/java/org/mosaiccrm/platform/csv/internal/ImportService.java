package org.mosaiccrm.platform.csv.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvImports;
import org.mosaiccrm.platform.csv.CsvRowHandler;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.ImportDefinition;
import org.mosaiccrm.platform.csv.ImportField;
import org.mosaiccrm.platform.csv.ImportRequest;
import org.mosaiccrm.platform.csv.ImportSettings;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The imports of the installed modules (whiteboard of {@link ImportDefinition}). Each definition gets
 * its own {@link CsvImports} (work folder {@code imports/<id>}, background work {@code <id>.import}),
 * closed when the definition goes, so a module's imports end with the module and no run keeps its
 * classes after it is uninstalled.
 *
 * <p>Immediate: it holds the running imports, which must not be lost when no caller happens to hold
 * the service, as they would be with a delayed component.
 */
@Component(service = Imports.class, immediate = true)
public class ImportService implements Imports {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** How long {@link #importRows} waits for its run: a thousand rows take a second or two. */
    private static final Duration ROWS_WAIT = Duration.ofMinutes(2);

    private final AccessPolicy policy;
    private final Jobs jobs;
    private final Path workDir;
    private final Map<String, Offered> offered = new ConcurrentHashMap<>();

    /** A definition with the imports run for it. */
    private record Offered(ImportDefinition definition, CsvImports imports) {
    }

    /** A definition the caller may use, and who the caller is. */
    private record Access(ImportDefinition definition, CsvImports imports, Subject subject) {
    }

    @Activate
    public ImportService(@Reference AccessPolicy policy, @Reference Jobs jobs, BundleContext context) {
        this(policy, jobs, context.getDataFile("imports").toPath());
    }

    /** Outside OSGi (tests). */
    public static ImportService in(Path workDir, AccessPolicy policy, Jobs jobs) {
        return new ImportService(policy, jobs, workDir);
    }

    private ImportService(AccessPolicy policy, Jobs jobs, Path workDir) {
        this.policy = policy;
        this.jobs = jobs;
        this.workDir = workDir;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addDefinition(ImportDefinition definition) {
        String id = definition.id();
        if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
            LOG.warn("Import definition {} ignored: its id '{}' is not letters, digits, '.', '_' or '-'",
                    definition.getClass().getName(), id);
            return;
        }
        offered.compute(id, (key, present) -> {
            if (present != null) {
                LOG.warn("Import definition {} ignored: {} already offers the import '{}'",
                        definition.getClass().getName(), present.definition().getClass().getName(), id);
                return present;
            }
            try {
                return new Offered(definition, new CsvImports(workDir.resolve(id), jobs, id + ".import"));
            } catch (IOException e) {
                LOG.error("Import '{}' unavailable: cannot create its work folder", id, e);
                return null;
            }
        });
    }

    public void removeDefinition(ImportDefinition definition) {
        Offered gone = offered.get(definition.id());
        if (gone != null && gone.definition() == definition && offered.remove(definition.id(), gone)) {
            close(gone);
        }
    }

    @Override
    public Optional<ImportDefinition> definition(String importId) {
        Offered entry = importId == null ? null : offered.get(importId);
        return entry != null && policy.isPermitted(entry.definition().permission()) ? Optional.of(entry.definition())
                : Optional.empty();
    }

    @Override
    public CsvSample receive(String importId, String fileName, InputStream content) throws IOException {
        return access(importId).imports().receive(fileName, content);
    }

    @Override
    public CsvSample reread(String importId, String fileId, String encoding, char delimiter) {
        return access(importId).imports().reread(fileId, encoding, delimiter);
    }

    @Override
    public Map<String, Integer> suggestedMapping(String importId, CsvSample sample) {
        List<ImportField> fields = access(importId).definition().fields();
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int column = 0; column < sample.headers().size(); column++) {
            String heading = sample.headers().get(column);
            for (ImportField field : fields) {
                if (!mapping.containsKey(field.name()) && field.matches(heading)) {
                    mapping.put(field.name(), column);
                    break;
                }
            }
        }
        return mapping;
    }

    @Override
    public CsvImportStatus start(String importId, String fileId, ImportSettings settings) {
        Access access = access(importId);
        ImportDefinition definition = access.definition();
        DuplicatePolicy duplicates = chosenPolicy(definition, settings.policy());
        int columns = columns(access.imports(), fileId, settings);
        settings.mapping().forEach((field, column) -> {
            if (definition.fields().stream().noneMatch(f -> f.name().equals(field))) {
                throw new CsvFileException("import.error.unknownField", 1);
            }
            if (column == null || column < 0 || column >= columns) {
                throw new CsvFileException("import.error.noSuchColumn", 1);
            }
        });
        String fileName = access.imports().fileName(fileId);
        @SuppressWarnings("unchecked")
        Function<String, CsvRowHandler<Object>> rows = jobId -> (CsvRowHandler<Object>) definition.rows(
                new ImportRequest(access.subject(), jobId, fileName, settings.mapping(), duplicates));
        return access.imports().start(fileId, settings.encoding(), settings.delimiter(), access.subject(), rows);
    }

    @Override
    public CsvImportStatus importRows(String importId, String fileName, List<String> fields, List<List<String>> rows,
            DuplicatePolicy policy) {
        Access access = access(importId);
        if (rows.isEmpty()) {
            throw new CsvFileException("import.error.noRows", 1);
        }
        if (rows.size() > MAX_ROWS) {
            throw new CsvFileException("import.error.tooManyRows", 1);
        }
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int column = 0; column < fields.size(); column++) {
            if (mapping.put(fields.get(column), column) != null) {
                throw new CsvFileException("import.error.unknownField", 1);
            }
        }
        RowsFile.Written file;
        CsvSample kept;
        try {
            file = RowsFile.write(fields, rows);
            kept = access.imports().receive(fileName, new ByteArrayInputStream(file.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Rows not kept for import " + importId, e);
        }
        CsvImportStatus started = start(importId, kept.fileId(), new ImportSettings(StandardCharsets.UTF_8.name(), ',', mapping,
                policy));
        CsvImportStatus finished;
        try {
            finished = access.imports().awaitFinished(started.jobId(), access.subject().userId(), ROWS_WAIT).orElse(started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = started;
        }
        return byPosition(finished, file);
    }

    /** The status with each rejected row's line as its position in the rows handed over plus 2 (as one line each). */
    private static CsvImportStatus byPosition(CsvImportStatus status, RowsFile.Written file) {
        List<Rejection> rejected = status.firstRejected().stream().map(row -> {
            int position = file.position(row.line());
            return position < 0 ? row : new Rejection(position + 2L, row.field(), row.reasonKey(), row.values(), row.problems());
        }).toList();
        return new CsvImportStatus(status.jobId(), status.fileName(), status.state(), status.fraction(), status.rowsRead(),
                status.created(), status.updated(), status.skipped(), status.rejected(), rejected, status.failureKey());
    }

    /**
     * The number of columns of the file's header row as the settings read it; when it cannot be read
     * so, any: the run then stops at once and says why in its status, writing nothing.
     */
    private static int columns(CsvImports imports, String fileId, ImportSettings settings) {
        try {
            return imports.reread(fileId, settings.encoding(), settings.delimiter()).headers().size();
        } catch (CsvFileException e) {
            if ("import.error.noSuchFile".equals(e.getMessage())) {
                throw e;
            }
            return Integer.MAX_VALUE;
        }
    }

    /** The user's choice when the import offers it, its default when none was made, else none. */
    private static DuplicatePolicy chosenPolicy(ImportDefinition definition, DuplicatePolicy chosen) {
        List<DuplicatePolicy> choices = definition.duplicatePolicies();
        if (choices.isEmpty()) {
            return null;
        }
        if (chosen == null) {
            return choices.get(0);
        }
        if (!choices.contains(chosen)) {
            throw new CsvFileException("import.error.policy", 1);
        }
        return chosen;
    }

    @Override
    public Optional<CsvImportStatus> status(String importId, String jobId) {
        Access access = access(importId);
        return access.imports().status(jobId, access.subject().userId());
    }

    @Override
    public void cancel(String importId, String jobId) {
        Access access = access(importId);
        access.imports().cancel(jobId, access.subject().userId());
    }

    @Override
    public void writeRejected(String importId, String jobId, RejectedRowsText text, OutputStream out) throws IOException {
        Access access = access(importId);
        access.imports().writeRejected(jobId, access.subject().userId(), text, out);
    }

    private Access access(String importId) {
        Offered entry = importId == null ? null : offered.get(importId);
        if (entry == null) {
            throw new CsvFileException("import.error.unavailable", 0);
        }
        Subject subject = policy.require(entry.definition().permission());
        return new Access(entry.definition(), entry.imports(), subject);
    }

    @Deactivate
    void close() {
        offered.values().forEach(ImportService::close);
        offered.clear();
    }

    private static void close(Offered entry) {
        try {
            entry.imports().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
