package org.mosaiccrm.platform.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.attachment.AttachableRecords;
import org.mosaiccrm.platform.attachment.Attachment;
import org.mosaiccrm.platform.attachment.AttachmentContent;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/** The attachment service on the build's database (Derby, or PostgreSQL in the postgresql execution). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentServiceTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** The store's folder, new for each test. */
    private Path folder;

    private SecurityFixture security;
    private TestDatabase testDatabase;
    private ModuleDatabase database;
    private AttachmentService attachments;
    private Subject ann;
    private Subject ben;
    private Subject auditor;

    /**
     * The record module's answer, as a customer module gives it for its scope: ann owns customer 1,
     * ben may see it but not change it, customer 2 is nobody's here.
     */
    private final AttachableRecords customers = new AttachableRecords() {
        @Override
        public String recordType() {
            return "customer";
        }

        @Override
        public boolean mayRead(long recordId) {
            return recordId == 1 && CurrentSubject.get().isPresent();
        }

        @Override
        public boolean mayChange(long recordId) {
            return recordId == 1 && CurrentSubject.get().map(s -> s.username().equals("ann")).orElse(false);
        }
    };

    /** Users and the audit log, shared by the tests: none of them changes a user. */
    @BeforeAll
    void users() {
        security = new SecurityFixture("attachments");
        ann = security.user("ann", null, "sales-rep");
        ben = security.user("ben", null, "sales-rep");
        auditor = security.user("audrey", null, "auditor");
    }

    @AfterAll
    void closeUsers() {
        security.close();
    }

    @BeforeEach
    void open(@TempDir Path store) {
        folder = store;
        // a copy of a database migrated once per test JVM, as the other service tests' fixtures
        testDatabase = TestDatabase.open("attachments", "attachments", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(AttachmentService.unit()).close());
        database = new DataSourceModuleDatabases(testDatabase.dataSource(), security.modules()).open(AttachmentService.unit());
        attachments = service(20);
    }

    private AttachmentService service(int maxMegabytes) {
        AttachmentService service = new AttachmentService(database, security.auditLog, folder, maxMegabytes,
                Set.of("application/pdf", "text/plain", "text/html",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), Clock.systemUTC());
        service.register(customers, "customer");
        return service;
    }

    @AfterEach
    void close() {
        database.close();
        testDatabase.close();
    }

    @Test
    void aFileWhoseRowCannotBeWrittenDoesNotStayBehind() throws Exception {
        // a record type longer than its column: the row cannot be written, after the file was kept
        String longType = "x".repeat(80);
        AttachmentService service = service(20);
        service.register(new AttachableRecords() {
            @Override
            public String recordType() {
                return longType;
            }

            @Override
            public boolean mayRead(long recordId) {
                return true;
            }

            @Override
            public boolean mayChange(long recordId) {
                return true;
            }
        }, null);
        assertThrows(RuntimeException.class, () -> CurrentSubject.callAs(ann, () -> service.add(longType, 1, "a.pdf",
                new ByteArrayInputStream(PDF))));
        try (Stream<Path> kept = Files.walk(folder)) {
            assertEquals(List.of(), kept.filter(Files::isRegularFile).toList(), "no file without its row");
        }
    }

    @Test
    void aPdfIsKeptWithItsRecordByItsContentAndReadBackAsItWas() throws Exception {
        Attachment added = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "C:\\扫描\\合同 2026.pdf",
                new ByteArrayInputStream(PDF)));

        assertEquals("合同 2026.pdf", added.fileName(), "no folder of the sender's machine");
        assertEquals("application/pdf", added.mediaType());
        assertEquals(PDF.length, added.size());
        assertEquals("ann", added.addedBy());
        assertEquals(List.of(added), CurrentSubject.callAs(ben, () -> attachments.list("customer", 1)), "ben may see it");
        try (AttachmentContent content = CurrentSubject.callAs(ben, () -> attachments.open(added.id()))) {
            assertArrayEquals(PDF, content.stream().readAllBytes());
        }
        Path file = folder.resolve(added.sha256().substring(0, 2)).resolve(added.sha256().substring(2, 4)).resolve(added.sha256());
        assertTrue(Files.exists(file), file.toString());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AuditEntry entry = latestAudit();
        assertEquals("CREATED", entry.action());
        assertEquals(String.valueOf(added.id()), entry.recordId());
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CurrentSubject.callAs(ann,
                () -> attachments.add("customer", 1, "invoice.pdf", new ByteArrayInputStream(program))));
        assertEquals("file", refused.field());
        assertEquals("attachment.error.type", refused.getMessage());
        assertFalse(String.valueOf(refused.arguments()[0]).contains("pdf"), Arrays.toString(refused.arguments()));
        assertNothingKept();

        Attachment page = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "notes.txt",
                new ByteArrayInputStream("<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("text/html", page.mediaType(), "HTML stays HTML whatever its name (it is downloaded, never shown)");
    }

    @Test
    void anOfficeDocumentIsKnownByItsParts() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        Attachment added = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "报价说明",
                new ByteArrayInputStream(docx.toByteArray())));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", added.mediaType());
    }

    @Test
    void anEmptyFileAndOneAboveTheLimitAreRefusedAndNothingIsKept() {
        AttachmentService small = service(1);
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        InputRefusedException tooLarge = assertThrows(InputRefusedException.class, () -> CurrentSubject.callAs(ann,
                () -> small.add("customer", 1, "big.txt", new ByteArrayInputStream(big))));
        assertEquals("attachment.error.tooLarge", tooLarge.getMessage());
        assertEquals(List.of(1), Arrays.asList(tooLarge.arguments()));
        InputRefusedException empty = assertThrows(InputRefusedException.class, () -> CurrentSubject.callAs(ann,
                () -> small.add("customer", 1, "empty.pdf", new ByteArrayInputStream(new byte[0]))));
        assertEquals("attachment.error.empty", empty.getMessage());
        assertNothingKept();
    }

    @Test
    void filesAreAsVisibleAsTheirRecord() {
        Attachment added = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "a.pdf", new ByteArrayInputStream(PDF)));

        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(ben,
                () -> attachments.add("customer", 1, "b.pdf", new ByteArrayInputStream(PDF))), "ben may not change the record");
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.runAs(ben, () -> attachments.delete(added.id())));
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(ann, () -> attachments.list("customer", 2)));
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(ann, () -> attachments.list("contract", 1)),
                "a record type no installed module has");
        assertThrows(AccessDeniedException.class, () -> attachments.open(added.id()), "nobody signed in");
        AccessDeniedException missing = assertThrows(AccessDeniedException.class,
                () -> CurrentSubject.callAs(ann, () -> attachments.open(added.id() + 1000)));
        assertEquals("attachment.attachment", missing.permission(), "as for any file one may not see");
        assertEquals("access.denied", latestAudit().action());

        attachments.removeRecords(customers); // the customer module goes: its files stay, out of reach
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(ann, () -> attachments.list("customer", 1)));
        attachments.register(customers, "customer");
        assertEquals(List.of(added), CurrentSubject.callAs(ann, () -> attachments.list("customer", 1)));
    }

    @Test
    void theSameFileTwiceIsStoredOnceAndGoesWithTheLastRecordHoldingIt() throws IOException {
        Attachment first = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "a.pdf", new ByteArrayInputStream(PDF)));
        Attachment second = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "copy.pdf", new ByteArrayInputStream(PDF)));
        Path file = folder.resolve(first.sha256().substring(0, 2)).resolve(first.sha256().substring(2, 4)).resolve(first.sha256());

        CurrentSubject.runAs(ann, () -> attachments.delete(first.id()));
        assertTrue(Files.exists(file), "copy.pdf still holds it");
        assertEquals(List.of(second), CurrentSubject.callAs(ann, () -> attachments.list("customer", 1)));
        assertEquals("DELETED", latestAudit().action());

        CurrentSubject.runAs(ann, () -> attachments.delete(second.id()));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), CurrentSubject.callAs(ann, () -> attachments.list("customer", 1)));
    }

    @Test
    void purgingAModuleCopiesItsFilesIntoTheBackupAndRemovesThemButNotAnotherModulesCopy(@TempDir Path backup) throws IOException {
        AttachableRecords notes = new AttachableRecords() {
            @Override
            public String recordType() {
                return "note";
            }

            @Override
            public boolean mayRead(long recordId) {
                return true;
            }

            @Override
            public boolean mayChange(long recordId) {
                return true;
            }
        };
        attachments.register(notes, null); // as registered before rows named their module
        Attachment older = CurrentSubject.callAs(ann, () -> attachments.add("note", 7, "older.pdf", new ByteArrayInputStream(PDF)));
        attachments.register(notes, "notes"); // the module is started again: its older rows get its name
        byte[] text = "minutes of the meeting".getBytes(StandardCharsets.UTF_8);
        Attachment own = CurrentSubject.callAs(ann, () -> attachments.add("note", 8, "minutes.txt", new ByteArrayInputStream(text)));
        Attachment kept = CurrentSubject.callAs(ann, () -> attachments.add("customer", 1, "same.pdf", new ByteArrayInputStream(PDF)));

        assertEquals("2 attached files", attachments.purge("notes", backup));

        assertArrayEquals(PDF, Files.readAllBytes(backup.resolve("attachments").resolve(older.sha256())));
        assertArrayEquals(text, Files.readAllBytes(backup.resolve("attachments").resolve(own.sha256())));
        assertFalse(Files.exists(folder.resolve(own.sha256().substring(0, 2)).resolve(own.sha256().substring(2, 4))
                .resolve(own.sha256())), "the module's own file is gone");
        assertEquals(List.of(), CurrentSubject.callAs(ann, () -> attachments.list("note", 7)));
        assertEquals(List.of(), CurrentSubject.callAs(ann, () -> attachments.list("note", 8)));
        assertEquals("DELETED", latestAudit().action());
        try (var content = CurrentSubject.callAs(ann, () -> attachments.open(kept.id()))) {
            assertArrayEquals(PDF, content.stream().readAllBytes(), "the customer's copy of the same file stays");
        }
        assertEquals("", attachments.purge("notes", backup), "nothing left to purge");
    }

    @Test
    void aFileNameKeepsNoFolderNoControlCharacterAndItsExtension() {
        assertEquals("passwd", AttachmentService.cleanName("../../etc/passwd"));
        assertEquals("报价单.pdf", AttachmentService.cleanName("C:\\Users\\王\\报价单.pdf"));
        assertEquals("ab.pdf", AttachmentService.cleanName("a\u0000\"b.pdf"));
        assertEquals("attachment", AttachmentService.cleanName(" .. "));
        String cut = AttachmentService.cleanName("x".repeat(300) + ".xlsx");
        assertEquals(200, cut.length());
        assertTrue(cut.endsWith(".xlsx"), cut);
    }

    private AuditEntry latestAudit() {
        return CurrentSubject.callAs(auditor, () -> security.auditLog.find(AuditQuery.latest(1))).get(0);
    }

    private void assertNothingKept() {
        assertEquals(List.of(), CurrentSubject.callAs(ann, () -> attachments.list("customer", 1)));
        try (Stream<Path> kept = Files.walk(folder)) {
            assertEquals(List.of(), kept.filter(Files::isRegularFile).toList(), "no file left behind");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
