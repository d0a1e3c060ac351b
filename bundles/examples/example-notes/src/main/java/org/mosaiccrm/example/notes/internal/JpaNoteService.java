package org.mosaiccrm.example.notes.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.example.notes.Note;
import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Notes in the module's own tables. The database is opened (and migrated) on activation and closed
 * on deactivation, so the EntityManagerFactory lives exactly as long as the module.
 */
@Component(service = NoteService.class)
public class JpaNoteService implements NoteService {

    static final String MODULE_ID = "example-notes";

    private final ModuleDatabase database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccessPolicy accessPolicy;

    @Activate
    public JpaNoteService(@Reference ModuleDatabases databases) {
        this.database = databases.open(PersistenceUnit.of(MODULE_ID, JpaNoteService.class,
                "db/notes-changelog.xml", NoteEntity.class));
    }

    @Deactivate
    void deactivate() {
        database.close();
    }

    @Override
    public Note create(String text) {
        AccessPolicy.require(accessPolicy, PERMISSION_CREATE);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("notes.error.empty");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("notes.error.tooLong");
        }
        return database.inTransaction(em -> {
            NoteEntity entity = new NoteEntity(clean, Instant.now());
            em.persist(entity);
            em.flush();
            return entity.toNote();
        });
    }

    @Override
    public List<Note> list(int offset, int limit) {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        return database.read(em -> em.createQuery("select n from NoteEntity n order by n.id desc", NoteEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(NoteEntity::toNote).toList());
    }

    @Override
    public List<Note> findByPrefix(String prefix, int limit) {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        String key = prefix.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return database.read(em -> em.createQuery(
                "select n from NoteEntity n where n.textKey like :key escape '\\' order by n.textKey", NoteEntity.class)
                .setParameter("key", key + "%").setMaxResults(limit).getResultList().stream()
                .map(NoteEntity::toNote).toList());
    }

    @Override
    public long count() {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        return database.read(em -> em.createQuery("select count(n) from NoteEntity n", Long.class).getSingleResult());
    }
}
