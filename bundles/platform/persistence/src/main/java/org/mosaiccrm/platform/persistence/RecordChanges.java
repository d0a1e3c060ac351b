package org.mosaiccrm.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.security.AccessPolicy;

/**
 * The one way a service changes one of its records, so every module does it alike: in one
 * transaction the record is found (else {@link NoSuchElementException}), the caller's permission is
 * checked against its owner (record scope, {@link AccessPolicy#requireRecord}), its version must be
 * the one the caller read (else {@link OptimisticLockException}: nobody's change is silently
 * overwritten), the change is applied (it may refuse with an {@code InputRefusedException}, and then
 * nothing is written), and afterwards the fields before and after go to the audit log.
 *
 * <pre>{@code
 * changes = RecordChanges.of(database, policy, audit, "sales", "Opportunity", OpportunityEntity.class,
 *         OpportunityEntity::ownerId, OpportunityEntity::version, OpportunityEntity::auditFields);
 * return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> entity.rename(name), OpportunityEntity::toOpportunity);
 * }</pre>
 *
 * @param <E> the entity
 * @since 1.4
 */
public final class RecordChanges<E> {

    /** What a change does to the entity, inside the transaction. */
    @FunctionalInterface
    public interface Change<E> {
        void apply(EntityManager em, E entity);
    }

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final String module;
    private final String recordType;
    private final Class<E> entityType;
    private final ToLongFunction<E> owner;
    private final ToLongFunction<E> version;
    private final Function<E, Map<String, ?>> auditedFields;
    private final String notFound;
    private final String changedMeanwhile;

    private RecordChanges(ModuleDatabase database, AccessPolicy policy, AuditLog audit, String module, String recordType,
            Class<E> entityType, ToLongFunction<E> owner, ToLongFunction<E> version, Function<E, Map<String, ?>> auditedFields,
            String notFound, String changedMeanwhile) {
        this.database = Objects.requireNonNull(database);
        this.policy = Objects.requireNonNull(policy);
        this.audit = Objects.requireNonNull(audit);
        this.module = module;
        this.recordType = recordType;
        this.entityType = entityType;
        this.owner = owner;
        this.version = version;
        this.auditedFields = auditedFields;
        this.notFound = notFound;
        this.changedMeanwhile = changedMeanwhile;
    }

    /**
     * @param recordType    the audit's record type and the scope check's reference, e.g. {@code Opportunity}
     * @param auditedFields the entity's fields as the audit log shows them before and after a change
     */
    public static <E> RecordChanges<E> of(ModuleDatabase database, AccessPolicy policy, AuditLog audit, String module,
            String recordType, Class<E> entityType, ToLongFunction<E> owner, ToLongFunction<E> version,
            Function<E, Map<String, ?>> auditedFields) {
        return new RecordChanges<>(database, policy, audit, module, recordType, entityType, owner, version, auditedFields,
                null, null);
    }

    /**
     * The same, with the text keys the module's UI shows for a record that is gone and one changed
     * meanwhile (as the messages of the {@link NoSuchElementException} and {@link OptimisticLockException}).
     */
    public RecordChanges<E> withMessages(String notFoundKey, String changedMeanwhileKey) {
        return new RecordChanges<>(database, policy, audit, module, recordType, entityType, owner, version, auditedFields,
                notFoundKey, changedMeanwhileKey);
    }

    /**
     * Changes record {@code id}, read by the caller at {@code readVersion}, if the caller holds
     * {@code permission} on it.
     *
     * @param toRecord the changed entity as the service returns it
     * @return the record as changed
     */
    public <R> R change(long id, long readVersion, String permission, Change<E> change, Function<E, R> toRecord) {
        List<Map<String, ?>> beforeAfter = new ArrayList<>(2);
        R after = database.inTransaction(em -> {
            beforeAfter.clear();
            E entity = em.find(entityType, id);
            if (entity == null) {
                throw new NoSuchElementException(notFound != null ? notFound : "No " + recordType + " " + id);
            }
            policy.requireRecord(permission, owner.applyAsLong(entity), recordType + "#" + id);
            if (version.applyAsLong(entity) != readVersion) {
                throw new OptimisticLockException(changedMeanwhile != null ? changedMeanwhile
                        : recordType + " " + id + " was changed meanwhile");
            }
            beforeAfter.add(auditedFields.apply(entity));
            change.apply(em, entity);
            em.flush();
            beforeAfter.add(auditedFields.apply(entity));
            return toRecord.apply(entity);
        });
        audit.record(AuditEvent.updated(module, recordType, id, beforeAfter.get(0), beforeAfter.get(1)));
        return after;
    }
}
