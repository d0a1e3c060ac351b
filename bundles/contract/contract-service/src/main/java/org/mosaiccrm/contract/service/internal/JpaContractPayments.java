package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.DueInstalment;
import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.Receipt;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.ScopedSql;
import org.mosaiccrm.platform.persistence.SqlDialect;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payment plans and receipts on {@code CON_INSTALMENT} and {@code CON_RECEIPT}. Every change locks
 * the contract (its version, through {@link RecordChanges}) and keeps its planned and received totals
 * beside it in the same transaction, so the totals in the list are the sums of the rows, and two
 * people recording at once cannot both pass the check against the amount. The instalments are
 * numbered by due date after every change; each instalment and receipt is audited besides the
 * contract's totals.
 */
@Component(service = ContractPayments.class)
public class JpaContractPayments implements ContractPayments {

    private static final String INSTALMENT = "Instalment";
    private static final String RECEIPT = "Receipt";
    private static final int MAX_PAGE = 200;
    /** The statuses of contracts being collected, as SQL. */
    private static final String COLLECTING = ContractEntity.COLLECTING.stream().map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final ContractChanges changes;

    @Activate
    public JpaContractPayments(@Reference ContractDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.audit = audit;
        this.changes = ContractChanges.of(this.database, policy, audit);
    }

    @Override
    public List<Instalment> instalments(long contractId) {
        boolean amountVisible = ContractChanges.requireReadable(database, policy, contractId);
        LocalDate today = LocalDate.now();
        return database.read(em -> plan(em, contractId).stream().map(instalment -> instalment.toInstalment(amountVisible, today))
                .toList());
    }

    @Override
    public Contract addInstalment(long contractId, NewInstalment instalment, long contractVersion) {
        policy.require(ContractService.PERMISSION_EDIT);
        InstalmentInput input = InstalmentInput.of(instalment);
        AtomicReference<InstalmentEntity> added = new AtomicReference<>();
        Contract changed = changes.change(contractId, contractVersion, ContractService.PERMISSION_EDIT, (em, contract) -> {
            requireOpen(contract);
            List<InstalmentEntity> plan = plan(em, contractId);
            InstalmentEntity entity = new InstalmentEntity(contractId, input);
            em.persist(entity);
            plan.add(entity);
            replan(contract, plan, entity);
            added.set(entity);
        }, ContractChanges.toContract(policy));
        audit.record(AuditEvent.created(ContractService.MODULE_ID, INSTALMENT, added.get().id(), added.get().auditFields()));
        return changed;
    }

    @Override
    public Contract changeInstalment(long contractId, long instalmentId, NewInstalment instalment, long contractVersion) {
        policy.require(ContractService.PERMISSION_EDIT);
        InstalmentInput input = InstalmentInput.of(instalment);
        List<Map<String, Object>> beforeAfter = new ArrayList<>(2);
        Contract changed = changes.change(contractId, contractVersion, ContractService.PERMISSION_EDIT, (em, contract) -> {
            requireOpen(contract);
            List<InstalmentEntity> plan = plan(em, contractId);
            InstalmentEntity entity = inPlan(plan, instalmentId);
            if (input.amount().compareTo(entity.received()) < 0) {
                throw new InputRefusedException("amount", "contract.error.belowReceived", entity.received().toPlainString());
            }
            beforeAfter.add(entity.auditFields());
            entity.apply(input);
            replan(contract, plan, entity);
            beforeAfter.add(entity.auditFields());
        }, ContractChanges.toContract(policy));
        audit.record(AuditEvent.updated(ContractService.MODULE_ID, INSTALMENT, instalmentId, beforeAfter.get(0), beforeAfter.get(1)));
        return changed;
    }

    @Override
    public Contract removeInstalment(long contractId, long instalmentId, long contractVersion) {
        policy.require(ContractService.PERMISSION_EDIT);
        AtomicReference<Map<String, Object>> before = new AtomicReference<>();
        Contract changed = changes.change(contractId, contractVersion, ContractService.PERMISSION_EDIT, (em, contract) -> {
            requireOpen(contract);
            List<InstalmentEntity> plan = plan(em, contractId);
            InstalmentEntity entity = inPlan(plan, instalmentId);
            if (entity.received().signum() > 0) {
                throw new InputRefusedException("instalmentId", "contract.error.instalmentHasReceipts");
            }
            before.set(entity.auditFields());
            em.remove(entity);
            plan.remove(entity);
            replan(contract, plan, null);
        }, ContractChanges.toContract(policy));
        audit.record(AuditEvent.deleted(ContractService.MODULE_ID, INSTALMENT, instalmentId, before.get()));
        return changed;
    }

    @Override
    public List<DueInstalment> dueBy(LocalDate until, LocalDate afterDue, Long afterId, int limit) {
        OwnerFilter owners = policy.ownerFilter(ContractService.PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(ContractService.PERMISSION_AMOUNT);
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (until == null || max == 0) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        boolean after = afterDue != null && afterId != null;
        List<Object> parameters = new ArrayList<>(List.of(until));
        if (after) {
            parameters.addAll(List.of(afterDue, afterDue, afterId));
        }
        return database.read(em -> {
            // walk what is still to be collected by due date and stop after the page, looking each
            // contract up by its key; any owner filter is checked on the way (a rep's contracts are
            // a twentieth of a team's, so the walk is at most some thousand rows)
            SqlDialect dialect = SqlDialect.of(em);
            var query = em.createNativeQuery("SELECT i.* FROM" + dialect.hint("joinOrder=FIXED") + " CON_INSTALMENT i"
                    + dialect.hint("index=CON_INSTALMENT_OPEN_IX") + ", CON_CONTRACT c"
                    + dialect.hint("constraint=CON_CONTRACT_PK, joinStrategy=NESTEDLOOP")
                    + " WHERE c.ID = i.CONTRACT_ID AND i.SETTLED = FALSE AND i.DUE_DATE <= ? AND c.STATUS IN (" + COLLECTING + ")"
                    + (after ? " AND (i.DUE_DATE > ? OR (i.DUE_DATE = ? AND i.ID > ?))" : "") + ScopedSql.owners(owners, "c.OWNER_ID")
                    + " ORDER BY i.DUE_DATE, i.ID FETCH FIRST " + max + " ROWS ONLY", InstalmentEntity.class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            @SuppressWarnings("unchecked")
            List<InstalmentEntity> due = query.getResultList();
            if (due.isEmpty()) {
                return List.<DueInstalment>of();
            }
            Map<Long, ContractEntity> contracts = em.createQuery("select c from ContractEntity c where c.id in :ids", ContractEntity.class)
                    .setParameter("ids", due.stream().map(InstalmentEntity::contractId).distinct().toList()).getResultList().stream()
                    .collect(Collectors.toMap(ContractEntity::id, contract -> contract));
            return due.stream().map(instalment -> {
                ContractEntity contract = contracts.get(instalment.contractId());
                return new DueInstalment(instalment.toInstalment(amountVisible, today), contract.number(), contract.title(),
                        contract.customerId(), contract.currency());
            }).toList();
        });
    }

    @Override
    public List<Receipt> receipts(long contractId) {
        boolean amountVisible = ContractChanges.requireReadable(database, policy, contractId);
        return database.read(em -> {
            Map<Long, Integer> numbers = plan(em, contractId).stream()
                    .collect(Collectors.toMap(InstalmentEntity::id, InstalmentEntity::number));
            return em.createQuery("select r from ReceiptEntity r where r.contractId = :contract order by r.id desc", ReceiptEntity.class)
                    .setParameter("contract", contractId).getResultList().stream()
                    .map(receipt -> receipt.toReceipt(numbers.getOrDefault(receipt.instalmentId(), 0), amountVisible)).toList();
        });
    }

    @Override
    public Contract recordReceipt(long contractId, NewReceipt receipt, long contractVersion) {
        Subject subject = policy.require(PERMISSION_RECORD_RECEIPTS);
        ReceiptInput input = ReceiptInput.of(receipt, LocalDate.now());
        AtomicReference<Map<String, Object>> recorded = new AtomicReference<>();
        AtomicReference<Long> id = new AtomicReference<>();
        Contract changed = changes.change(contractId, contractVersion, PERMISSION_RECORD_RECEIPTS, (em, contract) -> {
            if (!contract.collecting()) {
                throw new InputRefusedException("status", "contract.error.notSigned");
            }
            InstalmentEntity instalment = inPlan(plan(em, contractId), input.instalmentId());
            if (input.amount().compareTo(instalment.due()) > 0) {
                throw new InputRefusedException("amount", "contract.error.receiptOverDue", instalment.due().toPlainString());
            }
            Instant now = StoredTime.now();
            ReceiptEntity entity = new ReceiptEntity(contractId, input, subject.userId(), now);
            em.persist(entity);
            instalment.received(input.amount());
            contract.received(input.amount());
            em.flush();
            id.set(entity.id());
            recorded.set(entity.auditFields(instalment.number()));
        }, ContractChanges.toContract(policy));
        audit.record(AuditEvent.created(ContractService.MODULE_ID, RECEIPT, id.get(), recorded.get()));
        return changed;
    }

    private static void requireOpen(ContractEntity contract) {
        if (contract.closed()) {
            throw new InputRefusedException("status", "contract.error.closed");
        }
    }

    private static List<InstalmentEntity> plan(EntityManager em, long contractId) {
        return new ArrayList<>(em.createQuery("select i from InstalmentEntity i where i.contractId = :contract order by i.number",
                InstalmentEntity.class).setParameter("contract", contractId).getResultList());
    }

    private static InstalmentEntity inPlan(List<InstalmentEntity> plan, long instalmentId) {
        return plan.stream().filter(instalment -> instalment.id() == instalmentId).findFirst()
                .orElseThrow(() -> new InputRefusedException("instalmentId", "contract.error.instalmentNotFound"));
    }

    /**
     * The plan after a change: never above the contract amount (the refusal says how much is left
     * to plan beside {@code changed}), numbered by due date, its total kept on the contract.
     */
    private static void replan(ContractEntity contract, List<InstalmentEntity> plan, InstalmentEntity changed) {
        BigDecimal total = plan.stream().map(InstalmentEntity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(contract.amount()) > 0) {
            BigDecimal others = changed == null ? total : total.subtract(changed.amount());
            throw new InputRefusedException("amount", "contract.error.planOverAmount",
                    contract.amount().subtract(others).max(BigDecimal.ZERO).toPlainString());
        }
        plan.sort(Comparator.comparing(InstalmentEntity::dueDate)
                .thenComparingInt(instalment -> instalment.number() == 0 ? Integer.MAX_VALUE : instalment.number()));
        for (int i = 0; i < plan.size(); i++) {
            plan.get(i).numbered(i + 1);
        }
        contract.planned(total.setScale(2));
    }
}
