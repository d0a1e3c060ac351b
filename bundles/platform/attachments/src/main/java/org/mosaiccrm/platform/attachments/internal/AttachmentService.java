package org.mosaiccrm.platform.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.attachment.AttachableRecords;
import org.mosaiccrm.platform.attachment.Attachment;
import org.mosaiccrm.platform.attachment.AttachmentContent;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.module.ModuleHeaders;
import org.mosaiccrm.platform.module.ModulePurgeParticipant;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps files with the records of the modules that registered {@link AttachableRecords}: the file is
 * received and counted, its content read for its type, and only an allowed one is kept — under the
 * data folder by its SHA-256 — and then written to {@code PLT_ATTACHMENT} and the audit log. Every call
 * asks the record's module whether the calling user may see or change the record. Each row names the
 * module of its record type, so that purging the module's data takes its files too (after a copy
 * into the purge's backup).
 */
@Component(service = { Attachments.class, ModulePurgeParticipant.class }, configurationPid = AttachmentService.PID)
@Designate(ocd = AttachmentService.Config.class)
public class AttachmentService implements Attachments, ModulePurgeParticipant {

    public static final String PID = "org.mosaiccrm.attachments";
    public static final String MODULE_ID = "attachments";
    static final String AUDIT_TYPE = "Attachment";

    @ObjectClassDefinition(name = "Mosaic CRM attachments", description = "Files kept with records")
    public @interface Config {
        @AttributeDefinition(description = "Largest file accepted, in megabytes")
        int maxSizeMegabytes() default 20;

        @AttributeDefinition(description = "Types of content accepted (read from the file, not its name)")
        String[] allowedTypes() default {
            "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "text/csv",
            "text/html", "message/rfc822",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/vnd.ms-outlook",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/zip" };

        @AttributeDefinition(description = "Folder of the files; empty: attachments/ in Karaf's data folder")
        String folder() default "";
    }

    private static final int MAX_NAME = 200;

    private final Logger logger = LoggerFactory.getLogger(AttachmentService.class);

    private final ModuleDatabase database;
    private final AuditLog audit;
    private final FileStore files;
    private final ContentTypes contentTypes = new ContentTypes();
    private final long maxBytes;
    private final int maxMegabytes;
    private final Set<String> allowed;
    private final Clock clock;
    private final Map<String, AttachableRecords> types = new ConcurrentHashMap<>();
    /** The module of each registered record type; absent for a bundle outside any module. */
    private final Map<String, String> modules = new ConcurrentHashMap<>();

    @Activate
    public AttachmentService(@Reference ModuleDatabases databases, @Reference AuditLog audit, Config config) {
        this(databases.open(unit()), audit, config.folder().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "attachments") : Path.of(config.folder().trim()),
                config.maxSizeMegabytes(), Set.of(config.allowedTypes()), Clock.systemUTC());
    }

    AttachmentService(ModuleDatabase database, AuditLog audit, Path folder, int maxMegabytes, Set<String> allowed, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.files = new FileStore(folder);
        this.maxMegabytes = Math.max(1, maxMegabytes);
        this.maxBytes = this.maxMegabytes * 1024L * 1024L;
        this.allowed = Set.copyOf(allowed);
        this.clock = clock;
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, AttachmentService.class, "db/attachments-changelog.xml", AttachmentRow.class);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRecords(AttachableRecords records, ServiceReference<AttachableRecords> reference) {
        register(records, reference.getBundle().getHeaders().get(ModuleHeaders.MODULE));
    }

    void removeRecords(AttachableRecords records) {
        types.remove(records.recordType(), records);
    }

    /** Takes a record type of {@code moduleId} (null: of no module) and names the module on its older rows. */
    void register(AttachableRecords records, String moduleId) {
        types.put(records.recordType(), records);
        if (moduleId == null) {
            return;
        }
        modules.put(records.recordType(), moduleId);
        try {
            int named = database.inTransaction(em -> em.createQuery("UPDATE AttachmentRow a SET a.moduleId = :module"
                    + " WHERE a.recordType = :type AND a.moduleId IS NULL")
                    .setParameter("module", moduleId).setParameter("type", records.recordType()).executeUpdate());
            if (named > 0) {
                logger.info("{} attachments of record type {} now belong to module {}", named, records.recordType(), moduleId);
            }
        } catch (RuntimeException databaseDown) { // tried again when the module comes back
            logger.warn("The attachments of record type {} could not be given their module {}: {}", records.recordType(),
                    moduleId, databaseDown.getMessage());
        }
    }

    @Override
    public int maxSizeMegabytes() {
        return maxMegabytes;
    }

    @Override
    public boolean mayChange(String recordType, long recordId) {
        AttachableRecords records = types.get(recordType);
        return records != null && records.mayChange(recordId);
    }

    @Override
    public List<Attachment> list(String recordType, long recordId) {
        readable(recordType, recordId);
        return database.read(em -> em.createQuery("SELECT a FROM AttachmentRow a WHERE a.recordType = :type AND a.recordId = :id"
                + " ORDER BY a.addedAt DESC, a.id DESC", AttachmentRow.class)
                .setParameter("type", recordType).setParameter("id", recordId).getResultList()
                .stream().map(AttachmentRow::toAttachment).toList());
    }

    @Override
    public Attachment add(String recordType, long recordId, String fileName, InputStream content) {
        changeable(recordType, recordId);
        String name = cleanName(fileName);
        FileStore.Received received;
        try {
            received = files.receive(content, maxBytes);
        } catch (FileStore.TooLarge tooLarge) {
            throw new InputRefusedException("file", "attachment.error.tooLarge", maxMegabytes);
        } catch (IOException e) {
            throw new UncheckedIOException("receiving " + name, e);
        }
        try {
            if (received.size() == 0) {
                throw new InputRefusedException("file", "attachment.error.empty");
            }
            String type = contentTypes.of(received.file(), name);
            if (!allowed.contains(type)) {
                throw new InputRefusedException("file", "attachment.error.type", type);
            }
            files.keep(received);
            String user = CurrentSubject.get().map(subject -> subject.username()).orElse("system");
            // to the millisecond, as every database keeps it: what add returns is what list reads back
            AttachmentRow row = new AttachmentRow(recordType, recordId, name, type, received.size(), received.sha256(), user,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), modules.get(recordType));
            Attachment added;
            try {
                added = database.inTransaction(em -> {
                    em.persist(row);
                    em.flush();
                    return row.toAttachment();
                });
            } catch (RuntimeException notRecorded) {
                removeUnreferenced(received.sha256()); // no row names the file: it must not stay behind
                throw notRecorded;
            }
            audit.record(AuditEvent.created(MODULE_ID, AUDIT_TYPE, added.id(), facts(added)));
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("keeping " + name, e);
        } finally {
            try {
                files.discard(received); // gone already when kept
            } catch (IOException ignored) {
                // incoming/ is the store's own folder; a leftover is harmless
            }
        }
    }

    @Override
    public AttachmentContent open(long attachmentId) {
        AttachmentRow row = row(attachmentId);
        readable(row.recordType(), row.recordId());
        try {
            return new AttachmentContent(row.toAttachment(), files.open(row.sha256().strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + attachmentId + " has no file", e);
        }
    }

    @Override
    public void delete(long attachmentId) {
        AttachmentRow found = row(attachmentId);
        changeable(found.recordType(), found.recordId());
        Attachment deleted = found.toAttachment();
        long others = database.inTransaction(em -> {
            AttachmentRow row = em.find(AttachmentRow.class, attachmentId);
            if (row != null) {
                em.remove(row);
            }
            return em.createQuery("SELECT COUNT(a) FROM AttachmentRow a WHERE a.sha256 = :sha AND a.id <> :id", Long.class)
                    .setParameter("sha", found.sha256()).setParameter("id", attachmentId).getSingleResult();
        });
        audit.record(AuditEvent.deleted(MODULE_ID, AUDIT_TYPE, attachmentId, facts(deleted)));
        if (others == 0) {
            try {
                files.remove(deleted.sha256());
            } catch (IOException e) {
                throw new UncheckedIOException("removing the file of attachment " + attachmentId, e);
            }
        }
    }

    /**
     * Copies the module's files into the backup's {@code attachments} folder (named by their SHA-256,
     * as the backed-up rows name them), then removes the rows and every file no other row holds.
     */
    @Override
    public String purge(String moduleId, Path backup) {
        List<AttachmentRow> rows = database.read(em -> em.createQuery("SELECT a FROM AttachmentRow a WHERE a.moduleId = :module",
                AttachmentRow.class).setParameter("module", moduleId).getResultList());
        if (rows.isEmpty()) {
            return "";
        }
        Path copies = backup.resolve("attachments");
        try {
            Files.createDirectories(copies);
            for (AttachmentRow row : rows) {
                Path file = files.path(row.sha256().strip());
                if (Files.exists(file)) {
                    Files.copy(file, copies.resolve(row.sha256().strip()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying the attachments of module " + moduleId + " to " + copies, e);
        }
        database.inTransaction(em -> em.createQuery("DELETE FROM AttachmentRow a WHERE a.moduleId = :module")
                .setParameter("module", moduleId).executeUpdate());
        for (AttachmentRow row : rows) {
            Attachment removed = row.toAttachment();
            audit.record(AuditEvent.deleted(MODULE_ID, AUDIT_TYPE, removed.id(), facts(removed)));
            removeUnreferenced(removed.sha256());
        }
        return rows.size() + " attached files";
    }

    /** Removes a kept file no attachment row names (another record may hold the same file: then it stays). */
    private void removeUnreferenced(String sha256) {
        long holders = database.read(em -> em.createQuery("SELECT COUNT(a) FROM AttachmentRow a WHERE a.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult());
        if (holders == 0) {
            try {
                files.remove(sha256);
            } catch (IOException e) {
                throw new UncheckedIOException("removing the unrecorded file " + sha256, e);
            }
        }
    }

    private AttachmentRow row(long attachmentId) {
        AttachmentRow row = database.read(em -> em.find(AttachmentRow.class, attachmentId));
        if (row == null) {
            throw denied("attachment", attachmentId); // the same answer as for a file of a record one may not see
        }
        return row;
    }

    private void readable(String recordType, long recordId) {
        AttachableRecords records = types.get(recordType);
        if (records == null || !records.mayRead(recordId)) {
            throw denied(recordType, recordId);
        }
    }

    private void changeable(String recordType, long recordId) {
        AttachableRecords records = types.get(recordType);
        if (records == null || !records.mayChange(recordId)) {
            throw denied(recordType, recordId);
        }
    }

    private AccessDeniedException denied(String recordType, long recordId) {
        audit.record(AuditEvent.security("access.denied", AUDIT_TYPE, recordType + ":" + recordId, List.of()));
        return new AccessDeniedException("attachment." + recordType);
    }

    /** The name without any folder a browser or an old Windows may send, without control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static Map<String, Object> facts(Attachment attachment) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("record", attachment.recordType() + ":" + attachment.recordId());
        facts.put("fileName", attachment.fileName());
        facts.put("mediaType", attachment.mediaType());
        facts.put("size", attachment.size());
        facts.put("sha256", attachment.sha256());
        return facts;
    }
}
