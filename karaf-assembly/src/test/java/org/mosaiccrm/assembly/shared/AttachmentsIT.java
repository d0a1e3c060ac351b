package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;

import org.junit.Test;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.attachment.AttachableRecords;
import org.mosaiccrm.platform.attachment.Attachment;
import org.mosaiccrm.platform.attachment.AttachmentContent;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.ServiceRegistration;

/**
 * The attachment service in the running CRM: a record type arrives with its module's service (here
 * one this scenario registers, as a module would), a PDF is kept by its content — Apache Tika inside
 * Karaf — read back and removed, a program named like a PDF is refused; when the type's service goes,
 * its records' files are out of reach.
 */
public class AttachmentsIT extends SharedKarafTestSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    public void aModulesRecordsTakeFilesCheckedByContentAndLoseThemWithTheModule() throws Exception {
        Subject rep = salesReps("attachrep")[0];
        Attachments attachments = service(Attachments.class, 60);
        ServiceRegistration<AttachableRecords> records = recordType(id -> id == 7);
        Attachment added;
        try {
            added = as(rep, () -> attachments.add("it-record", 7, "扫描件.pdf", new ByteArrayInputStream(PDF)));
            assertEquals("application/pdf", added.mediaType());
            assertEquals("attachrep", added.addedBy());
            Path file = Path.of(System.getProperty("karaf.data"), "attachments", added.sha256().substring(0, 2),
                    added.sha256().substring(2, 4), added.sha256());
            assertTrue(file.toString(), Files.exists(file));
            try (AttachmentContent content = as(rep, () -> attachments.open(added.id()))) {
                assertArrayEquals(PDF, content.stream().readAllBytes());
            }
            byte[] program = new byte[256];
            program[0] = 'M';
            program[1] = 'Z';
            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> as(rep, () -> attachments.add("it-record", 7, "invoice.pdf", new ByteArrayInputStream(program))));
            assertEquals("attachment.error.type", refused.getMessage());
            assertThrows(AccessDeniedException.class, () -> as(rep, () -> attachments.list("it-record", 8)));
        } finally {
            records.unregister();
        }
        assertThrows("the record type's module is gone", AccessDeniedException.class,
                () -> as(rep, () -> attachments.list("it-record", 7)));

        ServiceRegistration<AttachableRecords> back = recordType(id -> true);
        try {
            assertEquals("kept while the module was away", List.of(added), as(rep, () -> attachments.list("it-record", 7)));
            as(rep, () -> {
                attachments.delete(added.id());
                return null;
            });
            assertFalse(as(rep, () -> attachments.list("it-record", 7)).contains(added));
        } finally {
            back.unregister();
        }
    }

    /** The scenario's record type {@code it-record}, registered as a module would: {@code allowed} records may be seen and changed. */
    private ServiceRegistration<AttachableRecords> recordType(LongPredicate allowed) {
        return bundleContext.registerService(AttachableRecords.class, new AttachableRecords() {
            @Override
            public String recordType() {
                return "it-record";
            }

            @Override
            public boolean mayRead(long recordId) {
                return allowed.test(recordId);
            }

            @Override
            public boolean mayChange(long recordId) {
                return allowed.test(recordId);
            }
        }, null);
    }
}
