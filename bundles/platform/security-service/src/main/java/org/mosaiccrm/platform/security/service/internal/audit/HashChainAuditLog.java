package org.mosaiccrm.platform.security.service.internal.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.audit.AuditVerification;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityConfiguration;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log as a keyed hash chain in {@code SEC_AUDIT}. Appends are serialised in this JVM: each
 * entry takes the next sequence number and the previous entry's hash and is signed with the current
 * audit key ({@link AuditKeys}, kept outside the database), so changing, deleting or recomputing a
 * row breaks the chain where it happened. The head is written outside the database too
 * ({@link HeadAnchors}: periodically, after each verification and at shutdown), so deleting the
 * newest entries is found as well.
 */
@Component(service = { AuditLog.class, HashChainAuditLog.class }, configurationPid = SecurityConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class HashChainAuditLog implements AuditLog {

    static final int MAX_PAGE = 500;
    private static final int VERIFY_BATCH = 2000;
    private static final String SYSTEM = "system";

    private final Logger logger = LoggerFactory.getLogger(HashChainAuditLog.class);
    private final SecurityDatabase database;
    private final GrantResolver grants;
    private final AuditKeys keys;
    private final HeadAnchors anchors;
    private final boolean retentionConfigured;
    private final Object appendLock = new Object();
    private long lastSequence;
    private String lastHash;

    @Activate
    public HashChainAuditLog(@Reference SecurityDatabase database, @Reference GrantResolver grants,
            SecurityConfiguration configuration) throws IOException {
        this(database, grants, AuditKeys.open(path(configuration.audit_keyFile(), "karaf.etc", "mosaic-audit.keys"),
                plainEntriesBeforeKeys(database)), path(configuration.audit_anchorFile(), "karaf.data", "log/audit-anchors.log"),
                configuration.audit_retention_days() > 0);
    }

    /** For tests: the keys and the anchor file given. */
    public HashChainAuditLog(SecurityDatabase database, GrantResolver grants, AuditKeys keys, Path anchorFile,
            boolean retentionConfigured) {
        this.database = database;
        this.grants = grants;
        this.keys = keys;
        this.anchors = new HeadAnchors(anchorFile, keys);
        this.retentionConfigured = retentionConfigured;
        database.read(em -> {
            Long max = em.createQuery("select max(a.sequence) from AuditEntryEntity a", Long.class).getSingleResult();
            if (max != null) {
                lastSequence = max;
                lastHash = em.find(AuditEntryEntity.class, max).toChained().hash();
            } else {
                AuditAnchorEntity anchor = em.find(AuditAnchorEntity.class, AuditAnchorEntity.SINGLE_ROW);
                lastSequence = anchor == null ? 0 : anchor.firstSequence() - 1;
                lastHash = anchor == null ? ChainedEntry.GENESIS : anchor.prevHash();
            }
            return null;
        });
    }

    /** The newest entry written before the chain was keyed: 0 once any entry carries a key. */
    static long plainEntriesBeforeKeys(SecurityDatabase database) {
        return database.read(em -> {
            Long keyed = em.createQuery("select count(a) from AuditEntryEntity a where a.keyId is not null", Long.class)
                    .getSingleResult();
            Long max = em.createQuery("select max(a.sequence) from AuditEntryEntity a", Long.class).getSingleResult();
            return keyed > 0 || max == null ? 0L : max;
        });
    }

    private static Path path(String configured, String baseProperty, String relative) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty(baseProperty, "."), relative);
    }

    /** At shutdown the head goes outside the database, so entries deleted while the CRM is stopped are found. */
    @Deactivate
    void deactivate() {
        anchorHead();
    }

    /** Writes the head (newest sequence and hash) outside the database and to the log. */
    public void anchorHead() {
        long sequence;
        String hash;
        synchronized (appendLock) {
            sequence = lastSequence;
            hash = lastHash;
        }
        if (sequence == 0) {
            return;
        }
        try {
            anchors.write(sequence, hash, Instant.now());
            logger.info("Audit log head: entry {}, hash {} (also in {})", sequence, hash, anchors.file());
        } catch (IOException e) {
            logger.error("The audit log head could not be written to {}: {}", anchors.file(), e.toString());
        }
    }

    /** A new key for the entries from now on (rotation); older entries keep verifying with theirs. */
    @Override
    public String rotateKey() {
        requireRead("rotateKey");
        String id;
        synchronized (appendLock) {
            try {
                id = keys.rotate();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("The audit key file " + keys.file() + " cannot be written", e);
            }
        }
        logger.info("Audit key rotated: new entries are signed with {}", id);
        record(AuditEvent.security("audit.keyRotated", "AuditLog", null, List.of(new FieldChange("key", null, id))));
        return id;
    }

    @Override
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    @Override
    public void recordAll(List<AuditEvent> events) {
        List<AuditEvent> worth = events.stream().filter(e -> !e.isEmptyUpdate()).toList();
        if (worth.isEmpty()) {
            return;
        }
        Optional<Subject> subject = CurrentSubject.get();
        Instant now = Instant.now();
        synchronized (appendLock) {
            AuditKeys.Key key = keys.current();
            List<ChainedEntry> chained = new ArrayList<>(worth.size());
            long sequence = lastSequence;
            String previous = lastHash;
            for (AuditEvent event : worth) {
                ChainedEntry entry = ChainedEntry.link(++sequence, now, subject.map(Subject::userId).orElse(null),
                        subject.map(Subject::username).orElse(SYSTEM), cut(subject.map(Subject::address).orElse(""), 64),
                        event.category(), cut(event.action(), 60), cut(event.module(), 60), cut(event.recordType(), 60),
                        cut(event.recordId(), 120), ChangesCodec.encode(event.changes()), previous, key);
                chained.add(entry);
                previous = entry.hash();
            }
            try {
                database.runInTransaction(em -> chained.forEach(entry -> em.persist(new AuditEntryEntity(entry))));
            } catch (RuntimeException e) {
                // the change it describes has committed; losing its entry must be loud
                logger.error("Audit entries {} to {} could not be written: {}", lastSequence + 1, sequence, worth, e);
                throw e;
            }
            lastSequence = sequence;
            lastHash = previous;
        }
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        requireRead("find");
        return database.read(em -> {
            StringBuilder jpql = new StringBuilder("select a from AuditEntryEntity a where 1 = 1");
            if (present(query.username())) {
                jpql.append(" and a.username = :username");
            }
            if (present(query.module())) {
                jpql.append(" and a.module = :module");
            }
            if (present(query.recordId())) {
                jpql.append(" and a.recordId = :recordId");
            }
            if (query.from() != null) {
                jpql.append(" and a.at >= :from");
            }
            if (query.to() != null) {
                jpql.append(" and a.at < :to");
            }
            if (query.beforeSequence() != null) {
                jpql.append(" and a.sequence < :before");
            }
            TypedQuery<AuditEntryEntity> typed = em.createQuery(jpql.append(" order by a.sequence desc").toString(),
                    AuditEntryEntity.class);
            if (present(query.username())) {
                typed.setParameter("username", query.username().strip());
            }
            if (present(query.module())) {
                typed.setParameter("module", query.module().strip());
            }
            if (present(query.recordId())) {
                typed.setParameter("recordId", query.recordId().strip());
            }
            if (query.from() != null) {
                typed.setParameter("from", query.from());
            }
            if (query.to() != null) {
                typed.setParameter("to", query.to());
            }
            if (query.beforeSequence() != null) {
                typed.setParameter("before", query.beforeSequence());
            }
            return typed.setMaxResults(Math.min(Math.max(query.limit(), 1), MAX_PAGE)).getResultList().stream()
                    .map(row -> toEntry(row.toChained())).toList();
        });
    }

    @Override
    public AuditVerification verify() {
        requireRead("verify");
        AuditVerification result = database.read(this::walkChain);
        if (result.intact()) {
            logger.info("Audit log verified: {} entries intact, head entry {} hash {}", result.checkedEntries(),
                    result.headSequence(), result.headHash());
            anchorHead();
        } else {
            logger.error("Audit log verification failed at entry {}: {}", result.brokenAt(), result.problem());
        }
        record(AuditEvent.security("audit.verified", "AuditLog", null, List.of(
                new FieldChange("intact", null, String.valueOf(result.intact())),
                new FieldChange("checked", null, String.valueOf(result.checkedEntries())),
                new FieldChange("brokenAt", null, String.valueOf(result.brokenAt())))));
        return result;
    }

    /** Deletes entries older than {@code cutoff} and moves the anchor to the first one kept. */
    int prune(Instant cutoff) {
        synchronized (appendLock) {
            int removed = database.inTransaction(em -> {
                Long lastOld = em.createQuery("select max(a.sequence) from AuditEntryEntity a where a.at < :cutoff",
                        Long.class).setParameter("cutoff", cutoff).getSingleResult();
                if (lastOld != null && lastOld >= lastSequence) {
                    lastOld = lastSequence - 1; // keep the newest entry, so the chain has a head to check
                }
                if (lastOld == null || em.find(AuditEntryEntity.class, lastOld) == null) {
                    return 0;
                }
                String prevHash = em.find(AuditEntryEntity.class, lastOld).toChained().hash();
                int count = em.createQuery("delete from AuditEntryEntity a where a.sequence <= :last")
                        .setParameter("last", lastOld).executeUpdate();
                AuditAnchorEntity anchor = em.find(AuditAnchorEntity.class, AuditAnchorEntity.SINGLE_ROW);
                if (anchor == null) {
                    em.persist(new AuditAnchorEntity(lastOld + 1, prevHash, keys.current()));
                } else {
                    anchor.move(lastOld + 1, prevHash, keys.current());
                }
                return count;
            });
            if (removed > 0) {
                record(new AuditEvent(AuditEvent.SECURITY, "audit.pruned", "security", "AuditLog", "",
                        List.of(new FieldChange("removed", null, String.valueOf(removed)),
                                new FieldChange("before", null, cutoff.toString()))));
            }
            return removed;
        }
    }

    private AuditVerification walkChain(EntityManager em) {
        AuditAnchorEntity anchor = em.find(AuditAnchorEntity.class, AuditAnchorEntity.SINGLE_ROW);
        long first = anchor == null ? 1 : anchor.firstSequence();
        if (anchor != null && !retentionConfigured) {
            return broken(0, first, "the chain starts at entry " + first + " although no retention is configured");
        }
        if (anchor != null && !anchor.signedWith(keys) && first > keys.legacyUntil() + 1) {
            return broken(0, first, "the start of the chain was moved without an audit key");
        }
        HeadAnchors.Anchor outside;
        try {
            outside = anchors.last().orElse(null);
        } catch (IOException e) {
            return broken(0, first, "the anchor file " + anchors.file() + " cannot be read: " + e.getMessage());
        }
        long expected = first;
        String previous = anchor == null ? ChainedEntry.GENESIS : anchor.prevHash();
        long checked = 0;
        while (true) {
            List<AuditEntryEntity> batch = em.createQuery(
                    "select a from AuditEntryEntity a where a.sequence >= :from order by a.sequence", AuditEntryEntity.class)
                    .setParameter("from", expected).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntryEntity row : batch) {
                ChainedEntry entry = row.toChained();
                if (entry.sequence() != expected) {
                    return broken(checked, expected, "entry missing");
                }
                if (!entry.prevHash().equals(previous)) {
                    return broken(checked, expected, "chain broken");
                }
                AuditKeys.Key key = null;
                if (entry.keyId() == null) {
                    if (entry.sequence() > keys.legacyUntil()) {
                        return broken(checked, expected, "entry not signed with an audit key");
                    }
                } else {
                    key = keys.byId(entry.keyId()).orElse(null);
                    if (key == null) {
                        return broken(checked, expected, "entry signed with an unknown key " + entry.keyId());
                    }
                }
                if (!entry.computeHash(key).equals(entry.hash())) {
                    return broken(checked, expected, "entry altered");
                }
                if (outside != null && entry.sequence() == outside.sequence() && !entry.hash().equals(outside.hash())) {
                    return broken(checked, expected, "chain rewritten: entry " + expected
                            + " differs from the head written outside the database at " + outside.at());
                }
                previous = entry.hash();
                expected++;
                checked++;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        Long anyBefore = em.createQuery("select count(a) from AuditEntryEntity a where a.sequence < :first", Long.class)
                .setParameter("first", first).getSingleResult();
        if (anyBefore > 0) {
            return broken(checked, null, "entries before the anchor");
        }
        long head = expected - 1;
        if (outside != null && head < outside.sequence()) {
            return broken(checked, expected, "entries missing at the end: the head written outside the database at "
                    + outside.at() + " is entry " + outside.sequence());
        }
        synchronized (appendLock) {
            if (head < lastSequence) {
                return broken(checked, expected, "entries missing at the end");
            }
        }
        return new AuditVerification(true, checked, null, "", head, previous,
                outside == null ? null : outside.sequence());
    }

    private AuditVerification broken(long checked, Long at, String problem) {
        synchronized (appendLock) {
            return new AuditVerification(false, checked, at, problem, lastSequence, lastHash, null);
        }
    }

    private void requireRead(String operation) {
        Optional<Subject> subject = CurrentSubject.get();
        if (grants.scope(subject, PERMISSION_READ).isEmpty()) {
            record(AuditEvent.security("access.denied", "AuditLog", operation,
                    List.of(new FieldChange("permission", null, PERMISSION_READ))));
            throw new AccessDeniedException(PERMISSION_READ);
        }
    }

    private static AuditEntry toEntry(ChainedEntry entry) {
        return new AuditEntry(entry.sequence(), entry.at(), entry.userId(), entry.username(), entry.address(),
                entry.category(), entry.action(), entry.module(), entry.recordType(), entry.recordId(),
                ChangesCodec.decode(entry.changes()), entry.hash());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
