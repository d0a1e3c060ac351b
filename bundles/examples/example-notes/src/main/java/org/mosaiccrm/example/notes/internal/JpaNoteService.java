package org.mosaiccrm.example.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.example.notes.Note;
import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Notes in the module's own tables. The database is opened (and migrated) on activation and closed
 * on deactivation, so the EntityManagerFactory lives exactly as long as the module.
 */
@Component(service = NoteService.class)
public class JpaNoteService implements NoteService {

    static final String MODULE_ID = "example-notes";

    private final ModuleDatabase database;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;

    @Activate
    public JpaNoteService(@Reference ModuleDatabases databases, @Reference AccessPolicy accessPolicy,
            @Reference AuditLog auditLog) {
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.database = databases.open(PersistenceUnit.of(MODULE_ID, JpaNoteService.class,
                "db/notes-changelog.xml", NoteEntity.class));
    }

    @Deactivate
    void deactivate() {
        database.close();
    }

    @Override
    public Note create(String text) {
        accessPolicy.require(PERMISSION_CREATE);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InputRefusedException("text", "notes.error.empty");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new InputRefusedException("text", "notes.error.tooLong");
        }
        Note note = database.inTransaction(em -> {
            NoteEntity entity = new NoteEntity(clean, StoredTime.now());
            em.persist(entity);
            em.flush();
            return entity.toNote();
        });
        auditLog.record(AuditEvent.created(MODULE_ID, "Note", note.id(), Map.of("text", note.text())));
        return note;
    }

    @Override
    public Optional<Note> find(long id) {
        accessPolicy.require(PERMISSION_READ);
        return Optional.ofNullable(database.read(em -> em.find(NoteEntity.class, id))).map(NoteEntity::toNote);
    }

    @Override
    public List<Note> list(int offset, int limit) {
        accessPolicy.require(PERMISSION_READ);
        return database.read(em -> em.createQuery("select n from NoteEntity n order by n.id desc", NoteEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(NoteEntity::toNote).toList());
    }

    @Override
    public List<Note> findByPrefix(String prefix, int limit) {
        accessPolicy.require(PERMISSION_READ);
        String key = LikePrefix.of(prefix.strip().toLowerCase(Locale.ROOT));
        return database.read(em -> em.createQuery(
                "select n from NoteEntity n where n.textKey like :key escape '\\' order by n.textKey", NoteEntity.class)
                .setParameter("key", key).setMaxResults(limit).getResultList().stream()
                .map(NoteEntity::toNote).toList());
    }

    @Override
    public long count() {
        accessPolicy.require(PERMISSION_READ);
        return database.read(em -> em.createQuery("select count(n) from NoteEntity n", Long.class).getSingleResult());
    }
}
