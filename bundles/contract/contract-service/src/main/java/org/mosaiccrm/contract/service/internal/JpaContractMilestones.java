package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractMilestones;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.Milestone;
import org.mosaiccrm.contract.NewMilestone;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Deliveries and obligations on {@code CON_MILESTONE}. Each change locks the contract at the
 * version read and moves its version on (the contract's own fields do not change), so two people
 * planning at once are told, not both saved blind; each milestone is audited.
 */
@Component(service = ContractMilestones.class)
public class JpaContractMilestones implements ContractMilestones {

    private static final String MILESTONE = "Milestone";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final ContractChanges changes;

    @Activate
    public JpaContractMilestones(@Reference ContractDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.audit = audit;
        this.changes = ContractChanges.of(this.database, policy, audit);
    }

    @Override
    public List<Milestone> milestones(long contractId) {
        ContractChanges.requireReadable(database, policy, contractId);
        LocalDate today = LocalDate.now();
        return database.read(em -> of(em, contractId).stream().map(milestone -> milestone.toMilestone(today)).toList());
    }

    @Override
    public Contract addMilestone(long contractId, NewMilestone milestone, long contractVersion) {
        MilestoneInput input = MilestoneInput.of(milestone);
        AtomicReference<MilestoneEntity> added = new AtomicReference<>();
        Contract changed = change(contractId, contractVersion, (em, contract) -> {
            MilestoneEntity entity = new MilestoneEntity(contractId, input);
            em.persist(entity);
            added.set(entity);
        });
        audit.record(AuditEvent.created(ContractService.MODULE_ID, MILESTONE, added.get().id(), added.get().auditFields()));
        return changed;
    }

    @Override
    public Contract changeMilestone(long contractId, long milestoneId, NewMilestone milestone, long contractVersion) {
        MilestoneInput input = MilestoneInput.of(milestone);
        List<Map<String, Object>> beforeAfter = new ArrayList<>(2);
        Contract changed = change(contractId, contractVersion, (em, contract) -> {
            MilestoneEntity entity = notDone(em, contractId, milestoneId);
            beforeAfter.add(entity.auditFields());
            entity.apply(input);
            beforeAfter.add(entity.auditFields());
        });
        audit.record(AuditEvent.updated(ContractService.MODULE_ID, MILESTONE, milestoneId, beforeAfter.get(0), beforeAfter.get(1)));
        return changed;
    }

    @Override
    public Contract removeMilestone(long contractId, long milestoneId, long contractVersion) {
        AtomicReference<Map<String, Object>> before = new AtomicReference<>();
        Contract changed = change(contractId, contractVersion, (em, contract) -> {
            MilestoneEntity entity = notDone(em, contractId, milestoneId);
            before.set(entity.auditFields());
            em.remove(entity);
        });
        audit.record(AuditEvent.deleted(ContractService.MODULE_ID, MILESTONE, milestoneId, before.get()));
        return changed;
    }

    @Override
    public Contract completeMilestone(long contractId, long milestoneId, LocalDate doneOn, long contractVersion) {
        if (doneOn == null || doneOn.isAfter(LocalDate.now())) {
            throw new InputRefusedException("doneOn", "contract.error.doneOn");
        }
        List<Map<String, Object>> beforeAfter = new ArrayList<>(2);
        Contract changed = change(contractId, contractVersion, (em, contract) -> {
            if (!contract.collecting()) {
                throw new InputRefusedException("status", "contract.error.notSigned");
            }
            MilestoneEntity entity = notDone(em, contractId, milestoneId);
            beforeAfter.add(entity.auditFields());
            entity.done(doneOn);
            beforeAfter.add(entity.auditFields());
        });
        audit.record(AuditEvent.updated(ContractService.MODULE_ID, MILESTONE, milestoneId, beforeAfter.get(0), beforeAfter.get(1)));
        return changed;
    }

    /** A change under the contract's lock at the version read, on a contract still open; its version moves on. */
    private Contract change(long contractId, long contractVersion, RecordChanges.Change<ContractEntity> change) {
        policy.require(ContractService.PERMISSION_EDIT);
        return changes.change(contractId, contractVersion, ContractService.PERMISSION_EDIT, (em, contract) -> {
            if (contract.closed()) {
                throw new InputRefusedException("status", "contract.error.closed");
            }
            change.apply(em, contract);
            em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }, ContractChanges.toContract(policy));
    }

    private static List<MilestoneEntity> of(EntityManager em, long contractId) {
        return em.createQuery("select m from MilestoneEntity m where m.contractId = :contract order by m.dueDate, m.id",
                MilestoneEntity.class).setParameter("contract", contractId).getResultList();
    }

    /** The contract's milestone {@code id}, not done yet. */
    private static MilestoneEntity notDone(EntityManager em, long contractId, long id) {
        MilestoneEntity entity = em.find(MilestoneEntity.class, id);
        if (entity == null || entity.contractId() != contractId) {
            throw new InputRefusedException("milestoneId", "contract.error.milestoneNotFound");
        }
        if (entity.isDone()) {
            throw new InputRefusedException("milestoneId", "contract.error.milestoneDone");
        }
        return entity;
    }
}
