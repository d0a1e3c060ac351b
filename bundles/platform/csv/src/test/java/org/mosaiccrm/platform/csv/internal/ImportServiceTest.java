package org.mosaiccrm.platform.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.csv.RowRejectedException;
import org.mosaiccrm.platform.jobs.testing.ExecutorJobs;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;

/**
 * The platform's imports as a module meets them: a definition registered, the wizard's calls made
 * as users with and without its permission, the module's rows handed to its handler, and its
 * imports ended when the definition goes (the module is uninstalled).
 */
class ImportServiceTest {

    private static final String PEOPLE = "test.people";
    private static final Subject IMPORTER = new Subject(1, "li", "李雷", "");
    private static final Subject OTHER = new Subject(2, "han", "韩梅梅", "");
    private static final Subject VISITOR = new Subject(3, "guest", "Guest", "");

    @TempDir
    Path work;
    private final People people = new People();
    private ImportService imports;

    @BeforeEach
    void offerThePeopleImport() {
        imports = ImportService.in(work, new Permissions(Map.of(IMPORTER, Set.of("people.import"), OTHER,
                Set.of("people.import"))), ExecutorJobs.onCallingThread());
        imports.addDefinition(people);
    }

    @AfterEach
    void close() {
        imports.close();
    }

    @Test
    void theMappingIsSuggestedFromEnglishAndChineseHeadingsWrittenAnyWay() {
        CsvSample read = receive(IMPORTER, " 姓名 ,E-Mail,Notes,NAME\n李雷,li@example.cn,x,y\n");
        assertEquals(Map.of("NAME", 0, "EMAIL", 1), as(IMPORTER, () -> imports.suggestedMapping(PEOPLE, read)),
                "each field takes its first column; a column no field names stays unmapped");
        assertEquals(List.of("NAME", "EMAIL"), as(IMPORTER, () -> imports.definition(PEOPLE)).orElseThrow().fields().stream()
                .map(ImportField::name).toList());
    }

    @Test
    void theModulesHandlerGetsTheRowsTheMappingAndTheDefaultPolicyAsTheImporter() {
        CsvSample read = receive(IMPORTER, "邮箱,姓名\nli@example.cn,李雷\nnobody@example.cn,\n");
        CsvImportStatus done = as(IMPORTER, () -> imports.start(PEOPLE, read.fileId(),
                new ImportSettings(read.encoding(), read.delimiter(), Map.of("NAME", 1, "EMAIL", 0), null)));
        CsvImportStatus status = as(IMPORTER, () -> imports.status(PEOPLE, done.jobId())).orElseThrow();
        assertEquals(CsvImportStatus.State.DONE, status.state());
        assertEquals(1, status.created());
        assertEquals(List.of(new Rejection(3, "NAME", "people.error.name", List.of("nobody@example.cn", ""))),
                status.firstRejected());
        assertEquals(List.of("李雷 <li@example.cn> by li"), people.written);
        ImportRequest request = people.requests.get(0);
        assertEquals(DuplicatePolicy.SKIP, request.policy(), "no choice made: the definition's first");
        assertEquals(IMPORTER, request.subject());
        assertEquals(done.jobId(), request.jobId());
        assertEquals("people.csv", request.fileName());
        assertTrue(as(OTHER, () -> imports.status(PEOPLE, done.jobId())).isEmpty(), "imports are private to their user");
    }

    @Test
    void settingsTheImportCannotWorkWithAreRefusedBeforeAnythingRuns() {
        CsvSample read = receive(IMPORTER, "Name,Email\nA,a@example.cn\n");
        assertEquals("import.error.policy", refusal(() -> start(read, Map.of("NAME", 0), DuplicatePolicy.CREATE)));
        assertEquals("import.error.unknownField", refusal(() -> start(read, Map.of("NAME", 0, "AGE", 1), null)));
        assertEquals("import.error.noSuchColumn", refusal(() -> start(read, Map.of("NAME", 2), null)));
        assertEquals("people.error.nameNotMapped", refusal(() -> start(read, Map.of("EMAIL", 1), null)),
                "the module's own check");
        assertEquals("import.error.noSuchFile", refusal(() -> as(IMPORTER, () -> imports.start(PEOPLE,
                "00000000-0000-0000-0000-000000000000", new ImportSettings("UTF-8", ',', Map.of("NAME", 0), null)))));
        assertTrue(people.written.isEmpty());
    }

    @Test
    void onlyWhoHoldsTheDefinitionsPermissionSeesOrUsesIt() {
        assertTrue(as(VISITOR, () -> imports.definition(PEOPLE)).isEmpty());
        assertThrows(AccessDeniedException.class, () -> receive(VISITOR, "Name\nA\n"));
        assertEquals("import.error.unavailable", refusal(() -> as(IMPORTER, () -> imports.reread("no.such", "x", "UTF-8", ','))));
    }

    @Test
    void aDefinitionThatGoesEndsItsRunningImportAfterTheBatchBeingWritten() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ImportService background = ImportService.in(work.resolve("background"),
                new Permissions(Map.of(IMPORTER, Set.of("people.import"))), ExecutorJobs.on(worker));
        People slow = new People();
        background.addDefinition(slow);
        StringBuilder file = new StringBuilder("Name\n");
        for (int i = 0; i < 3 * CsvImports.BATCH; i++) {
            file.append("Person ").append(i).append('\n');
        }
        CsvSample read = as(IMPORTER, () -> {
            try {
                return background.receive(PEOPLE, "many.csv", new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        as(IMPORTER, () -> background.start(PEOPLE, read.fileId(), new ImportSettings("UTF-8", ',', Map.of("NAME", 0), null)));
        assertTrue(slow.writing.await(30, TimeUnit.SECONDS), "the first batch is being written");
        Thread uninstall = new Thread(() -> background.removeDefinition(slow));
        uninstall.start();
        // released once the removal has asked the run to stop and waits for it
        long until = System.currentTimeMillis() + 30_000;
        while (uninstall.getState() != Thread.State.TIMED_WAITING && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        slow.release.countDown();
        uninstall.join(60_000);
        assertFalse(uninstall.isAlive(), "the removal waited for the run and returned");
        assertEquals(CsvImports.BATCH, slow.written.size(), "the batch being written was finished, no more");
        assertEquals("import.error.unavailable", refusal(() -> as(IMPORTER, () -> background.status(PEOPLE, "x"))));
        worker.shutdown();
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS), "no work left behind");
        assertEquals(CsvImports.BATCH, slow.written.size());
    }

    @Test
    void rowsHandedOverAreOneImportRunWithEveryValueAsGivenAndRejectionsByPosition() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ImportService background = ImportService.in(work.resolve("rows"),
                new Permissions(Map.of(IMPORTER, Set.of("people.import"))), ExecutorJobs.on(worker));
        People bulk = new People();
        background.addDefinition(bulk);
        List<List<String>> rows = List.of(
                List.of("=HYPERLINK(\"x\")", "a@example.cn"),
                List.of("Two\nlines, \"quoted\"", ""),
                List.of(" ", "nameless@example.cn"),
                List.of("'+86 10 1234", "c@example.cn"));
        CsvImportStatus done = as(IMPORTER, () -> background.importRows(PEOPLE, "api.json", List.of("NAME", "EMAIL"), rows, null));
        assertEquals(CsvImportStatus.State.DONE, done.state(), "returns once the run has finished on its worker");
        assertEquals(3, done.created());
        assertEquals(List.of("=HYPERLINK(\"x\") <a@example.cn> by li", "Two\nlines, \"quoted\" <> by li",
                "'+86 10 1234 <c@example.cn> by li"), bulk.written, "every value exactly as given");
        assertEquals(1, done.rejected());
        assertEquals(4, done.firstRejected().get(0).line(), "the third row: its position plus 2, whatever lines the second took");
        assertEquals("people.error.name", done.firstRejected().get(0).reasonKey());
        assertEquals(done, as(IMPORTER, () -> background.status(PEOPLE, done.jobId())).map(status -> done).orElseThrow(),
                "a run like any other, with its status");

        assertEquals("import.error.noRows", refusal(() -> as(IMPORTER, () -> background.importRows(PEOPLE, "api.json",
                List.of("NAME"), List.of(), null))));
        List<List<String>> tooMany = java.util.Collections.nCopies(Imports.MAX_ROWS + 1, List.of("x"));
        assertEquals("import.error.tooManyRows", refusal(() -> as(IMPORTER, () -> background.importRows(PEOPLE, "api.json",
                List.of("NAME"), tooMany, null))));
        assertEquals("import.error.unknownField", refusal(() -> as(IMPORTER, () -> background.importRows(PEOPLE, "api.json",
                List.of("NAME", "AGE"), List.of(List.of("x", "1")), null))));
        assertThrows(AccessDeniedException.class, () -> as(VISITOR, () -> background.importRows(PEOPLE, "api.json",
                List.of("NAME"), List.of(List.of("x")), null)));
        assertEquals(3, bulk.written.size(), "nothing refused was written");
        background.close();
        worker.shutdown();
    }

    private CsvImportStatus start(CsvSample read, Map<String, Integer> mapping, DuplicatePolicy policy) {
        return as(IMPORTER, () -> imports.start(PEOPLE, read.fileId(), new ImportSettings(read.encoding(), read.delimiter(),
                mapping, policy)));
    }

    private CsvSample receive(Subject who, String content) {
        return as(who, () -> {
            try {
                return imports.receive(PEOPLE, "people.csv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String refusal(Runnable call) {
        return assertThrows(CsvFileException.class, call::run).getMessage();
    }

    private static <T> T as(Subject who, Supplier<T> call) {
        return CurrentSubject.callAs(who, call);
    }

    /** A module's import of people: name required, written to a list; the first write may wait to be released. */
    private static final class People implements ImportDefinition {

        final List<String> written = new CopyOnWriteArrayList<>();
        final List<ImportRequest> requests = new CopyOnWriteArrayList<>();
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile boolean holdFirstBatch;

        @Override
        public String id() {
            return PEOPLE;
        }

        @Override
        public String permission() {
            return "people.import";
        }

        @Override
        public List<ImportField> fields() {
            return List.of(new ImportField("NAME", "people.field.name", List.of("name", "姓名")),
                    new ImportField("EMAIL", "people.field.email", List.of("e-mail", "邮箱")));
        }

        @Override
        public List<DuplicatePolicy> duplicatePolicies() {
            return List.of(DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE);
        }

        @Override
        public String duplicatePolicyKey() {
            return "people.duplicates";
        }

        @Override
        public CsvRowHandler<?> rows(ImportRequest request) {
            if (!request.mapping().containsKey("NAME")) {
                throw new CsvFileException("people.error.nameNotMapped", 1);
            }
            requests.add(request);
            holdFirstBatch = request.fileName().equals("many.csv");
            int name = request.mapping().get("NAME");
            Integer email = request.mapping().get("EMAIL");
            return new CsvRowHandler<String>() {
                @Override
                public String read(long line, List<String> values) {
                    if (values.get(name).isBlank()) {
                        throw new RowRejectedException("NAME", "people.error.name");
                    }
                    return values.get(name) + (email == null ? "" : " <" + values.get(email) + ">");
                }

                @Override
                public BatchResult write(List<String> rows) {
                    if (holdFirstBatch && writing.getCount() > 0) {
                        writing.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    String by = CurrentSubject.get().map(Subject::username).orElse("nobody");
                    rows.forEach(row -> written.add(holdFirstBatch ? row : row + " by " + by));
                    return new BatchResult(rows.size(), 0, 0, List.of());
                }
            };
        }
    }

    /** Who holds which permission; everyone sees every owner's records (scope is not what is tested). */
    private record Permissions(Map<Subject, Set<String>> held) implements AccessPolicy {

        @Override
        public boolean isPermitted(String permission) {
            return CurrentSubject.get().map(who -> held.getOrDefault(who, Set.of()).contains(permission)).orElse(false);
        }

        @Override
        public Subject subject() {
            return CurrentSubject.get().orElseThrow(() -> new AccessDeniedException("signed-in"));
        }

        @Override
        public Subject require(String permission) {
            if (!isPermitted(permission)) {
                throw new AccessDeniedException(permission);
            }
            return subject();
        }

        @Override
        public Subject requireRecord(String permission, Long ownerId, String recordRef) {
            return require(permission);
        }

        @Override
        public OwnerFilter ownerFilter(String permission) {
            require(permission);
            return OwnerFilter.everyone();
        }
    }
}
