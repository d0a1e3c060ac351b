package org.mosaiccrm.contract.service.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.ContractType;
import org.mosaiccrm.contract.ContractLines;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewContractLines;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.NumberSeries;
import org.mosaiccrm.platform.persistence.OwnerClause;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contracts on {@code CON_CONTRACT}: drafts made and changed by their owner's scope, numbered from
 * the configured pattern ({@code HT-<year>-<n>} by default) without gaps ({@link NumberSeries}), the
 * customer checked through the customer core (a customer the caller may not see is refused as one that does not exist), amounts
 * shown only to who may read them, every change audited before and after ({@link RecordChanges}).
 */
@Component(service = ContractService.class, configurationPid = "org.mosaiccrm.contract")
public class JpaContractService implements ContractService {

    static final String RECORD_TYPE = ContractChanges.RECORD_TYPE;
    private static final Logger LOG = LoggerFactory.getLogger(JpaContractService.class);
    private static final int MAX_PAGE = 200;
    private static final int MAX_SUGGESTIONS = 50;
    private static final int MAX_REASON = 1000;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final CustomerService customers;
    private final AuditLog audit;
    private final Approvals approvals;
    private final ContractChanges changes;
    private final NumberPattern numbers;

    @Activate
    public JpaContractService(@Reference ContractDatabase database, @Reference AccessPolicy policy,
            @Reference CustomerService customers, @Reference AuditLog audit, @Reference Approvals approvals,
            ContractConfiguration config) {
        this(database, policy, customers, audit, approvals, numbers(config.numberPattern()));
    }

    /** With numbers from the default pattern ({@value NumberPattern#DEFAULT}). */
    public JpaContractService(ContractDatabase database, AccessPolicy policy, CustomerService customers, AuditLog audit,
            Approvals approvals) {
        this(database, policy, customers, audit, approvals, NumberPattern.of(NumberPattern.DEFAULT));
    }

    JpaContractService(ContractDatabase database, AccessPolicy policy, CustomerService customers, AuditLog audit,
            Approvals approvals, NumberPattern numbers) {
        this.numbers = numbers;
        this.database = database.database();
        this.policy = policy;
        this.customers = customers;
        this.audit = audit;
        this.approvals = approvals;
        this.changes = ContractChanges.of(this.database, policy, audit);
    }

    @Override
    public List<ContractType> types() {
        policy.require(PERMISSION_READ);
        return database.read(em -> em.createQuery("select t from ContractTypeEntity t order by t.active desc, t.position",
                ContractTypeEntity.class).getResultList().stream().map(ContractTypeEntity::toType).toList());
    }

    private Set<String> activeTypes() {
        return database.read(em -> em.createQuery("select t from ContractTypeEntity t", ContractTypeEntity.class).getResultList()
                .stream().filter(ContractTypeEntity::active).map(type -> type.toType().code()).collect(Collectors.toSet()));
    }

    @Override
    public Contract create(NewContract contract) {
        return create(contract, NewContractLines.none());
    }

    @Override
    public Contract create(NewContract contract, NewContractLines lines) {
        Subject subject = policy.require(PERMISSION_CREATE);
        ContractInput input = ContractInput.of(contract, activeTypes());
        ContractLineInput.Checked checkedLines = ContractLineInput.of(lines, input.taxRate());
        requireCustomer(input.customerId());
        AtomicReference<List<Map<String, Object>>> linesAudit = new AtomicReference<>();
        ContractEntity created = database.inTransaction(em -> {
            Instant now = StoredTime.now();
            ContractEntity entity = new ContractEntity(input, nextNumber(em, now), subject.userId(), now);
            em.persist(entity);
            em.flush();
            if (!checkedLines.lines().isEmpty()) {
                linesAudit.set(ContractLineItems.replace(em, entity, checkedLines));
                em.flush();
            }
            return entity;
        });
        audit.record(AuditEvent.created(MODULE_ID, RECORD_TYPE, created.id(), created.auditFields()));
        if (linesAudit.get() != null) {
            audit.record(AuditEvent.created(MODULE_ID, ContractLineItems.RECORD_TYPE, created.id(), linesAudit.get().get(1)));
        }
        return created.toContract(policy.isPermitted(PERMISSION_AMOUNT));
    }

    @Override
    public ContractLines lines(long id) {
        boolean amountVisible = ContractChanges.requireReadable(database, policy, id);
        return database.read(em -> ContractLineItems.read(em, em.find(ContractEntity.class, id), amountVisible));
    }

    @Override
    public Contract setLines(long id, NewContractLines lines, long version) {
        policy.require(PERMISSION_EDIT);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        AtomicReference<List<Map<String, Object>>> beforeAfter = new AtomicReference<>();
        Contract changed = changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            requireDraft(entity);
            beforeAfter.set(ContractLineItems.replace(em, entity, ContractLineInput.of(lines, entity.taxRate())));
        }, entity -> entity.toContract(amountVisible));
        audit.record(AuditEvent.updated(MODULE_ID, ContractLineItems.RECORD_TYPE, id, beforeAfter.get().get(0), beforeAfter.get().get(1)));
        return changed;
    }

    @Override
    public Contract update(long id, NewContract contract, long version) {
        policy.require(PERMISSION_EDIT);
        // a draft keeps its type when that is no longer offered
        Set<String> types = new java.util.HashSet<>(activeTypes());
        database.read(em -> Optional.ofNullable(em.find(ContractEntity.class, id))).ifPresent(entity -> types.add(entity.typeCode()));
        ContractInput input = ContractInput.of(contract, types);
        requireCustomer(input.customerId());
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            requireDraft(entity);
            if (entity.hasLines() && input.amount().compareTo(entity.amount()) != 0) {
                throw new InputRefusedException("amount", "contract.error.amountFromLines", entity.amount().toPlainString());
            }
            if (input.amount().compareTo(entity.planned()) < 0) {
                throw new InputRefusedException("amount", "contract.error.amountBelowPlan", entity.planned().toPlainString());
            }
            entity.apply(input);
        }, entity -> entity.toContract(amountVisible));
    }

    /** Approved amounts and lines are locked (an amendment makes a new version), and so is a contract in approval. */
    private void requireDraft(ContractEntity entity) {
        if (!entity.status().editable()) {
            throw new InputRefusedException("status", "contract.error.notDraft");
        }
        approvals.requireNotPending(APPROVAL_TYPE, entity.id());
    }

    @Override
    public Contract submit(long id, long version, String comment) {
        policy.require(PERMISSION_EDIT);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        // locked first, then handed to the engine: a flow whose steps all pass by themselves decides at once
        Contract locked = changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            requireDraft(entity);
            if (approvals.needsApproval(APPROVAL_TYPE, id)) {
                entity.submitted();
            } else {
                entity.approved(StoredTime.now());
            }
        }, entity -> entity.toContract(amountVisible));
        if (locked.status() != ContractStatus.PENDING_APPROVAL) {
            return locked;
        }
        try {
            approvals.submit(APPROVAL_TYPE, id, comment == null ? "" : comment.strip());
        } catch (RuntimeException refused) {
            // no approver found, say: a draft again, as before the click
            changes.change(id, locked.version(), PERMISSION_EDIT, (em, entity) -> entity.backToDraft(), entity -> null);
            throw refused;
        }
        return find(id).orElseThrow();
    }

    @Override
    public Contract sign(long id, LocalDate customerSignedOn, LocalDate ourSignedOn, long version) {
        policy.require(PERMISSION_EDIT);
        LocalDate today = LocalDate.now();
        requireSignedOn("customerSignedOn", customerSignedOn, today);
        requireSignedOn("ourSignedOn", ourSignedOn, today);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (entity.status() != ContractStatus.APPROVED) {
                throw new InputRefusedException("status", "contract.error.notApproved");
            }
            entity.signed(customerSignedOn, ourSignedOn);
        }, entity -> entity.toContract(amountVisible));
    }

    @Override
    public Contract terminate(long id, LocalDate on, String reason, long version) {
        policy.require(PERMISSION_EDIT);
        String why = reason(reason);
        if (on == null) {
            throw new InputRefusedException("on", "contract.error.terminatedOnRequired");
        }
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (!entity.collecting()) {
                throw new InputRefusedException("status", "contract.error.notTerminable");
            }
            if (on.isBefore(entity.customerSignedOn())) {
                throw new InputRefusedException("on", "contract.error.terminatedBeforeSigning", entity.customerSignedOn().toString());
            }
            entity.terminated(on, why);
        }, entity -> entity.toContract(amountVisible));
    }

    @Override
    public Contract renew(long id, long version) {
        Subject subject = policy.require(PERMISSION_CREATE);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        AtomicReference<ContractEntity> successor = new AtomicReference<>();
        // the predecessor is locked at the version read, so two clicks make one renewal
        changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (!entity.collecting() && entity.status() != ContractStatus.COMPLETED) {
                throw new InputRefusedException("status", "contract.error.notRenewable");
            }
            if (successor(em, id).isPresent()) {
                throw new InputRefusedException("status", "contract.error.renewedAlready");
            }
            Instant now = StoredTime.now();
            ContractEntity draft = new ContractEntity(entity.renewal(), nextNumber(em, now), subject.userId(), now);
            draft.renews(id);
            draft.signers(entity.signers());
            em.persist(draft);
            em.flush();
            ContractLineItems.copy(em, entity, draft);
            ContractTags.copy(em, id, draft.id());
            // the predecessor's version moves on: a second renewal at the same moment fails at commit
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            successor.set(draft);
        }, entity -> null);
        audit.record(AuditEvent.created(MODULE_ID, RECORD_TYPE, successor.get().id(), successor.get().auditFields()));
        return successor.get().toContract(amountVisible);
    }

    @Override
    public Optional<Contract> successorOf(long id) {
        policy.require(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return policy.readable(PERMISSION_READ, database.read(em -> successor(em, id)), ContractEntity::ownerId)
                .map(entity -> entity.toContract(amountVisible));
    }

    private static Optional<ContractEntity> successor(EntityManager em, long id) {
        return em.createQuery("select c from ContractEntity c where c.predecessorId = :id and c.status <> :void", ContractEntity.class)
                .setParameter("id", id).setParameter("void", ContractStatus.VOID).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Contract voidContract(long id, String reason, long version) {
        policy.require(PERMISSION_EDIT);
        String why = reason(reason);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (entity.status() != ContractStatus.DRAFT && entity.status() != ContractStatus.APPROVED) {
                throw new InputRefusedException("status", "contract.error.notVoidable");
            }
            approvals.requireNotPending(APPROVAL_TYPE, entity.id());
            entity.voided(LocalDate.now(), why);
        }, entity -> entity.toContract(amountVisible));
    }

    /** Why a contract ends early or is voided: required, at most 1,000 characters. */
    private static String reason(String reason) {
        String why = ContractInput.text("reason", reason, MAX_REASON);
        if (why.isEmpty()) {
            throw new InputRefusedException("reason", "contract.error.reasonRequired");
        }
        return why;
    }

    private static void requireSignedOn(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InputRefusedException(field, "contract.error.signedOnRequired");
        }
        if (date.isAfter(today)) {
            throw new InputRefusedException(field, "contract.error.signedOnFuture");
        }
    }

    @Override
    public Optional<Contract> find(long id) {
        policy.require(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return policy.readable(PERMISSION_READ, database.read(em -> Optional.ofNullable(em.find(ContractEntity.class, id))),
                ContractEntity::ownerId).map(entity -> entity.toContract(amountVisible));
    }

    @Override
    public List<Contract> listAfter(ContractStatus status, Long afterId, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (max == 0) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (status != null) {
            where.append(" AND c.STATUS = ?");
            parameters.add(status.name());
        }
        if (afterId != null) {
            where.append(" AND c.ID < ?");
            parameters.add(afterId);
        }
        // a rep's page walks the owner index; a team's or everyone's walks the newest-first index
        // (every status) or the status index, and stops after the page instead of sorting every
        // contract in scope (Derby walks an index one way only: the primary key cannot serve)
        return database.read(em -> {
            String table = ScopedSql.table(em, "CON_CONTRACT", "c", owners,
                    status == null ? "CON_CONTRACT_NEWEST_IX" : "CON_CONTRACT_STATUS_IX");
            var query = em.createNativeQuery("SELECT c.* FROM " + table + " WHERE " + where + ScopedSql.owners(owners, "c.OWNER_ID")
                    + " ORDER BY c.ID DESC FETCH FIRST " + max + " ROWS ONLY", ContractEntity.class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            @SuppressWarnings("unchecked")
            List<ContractEntity> page = query.getResultList();
            return page.stream().map(entity -> entity.toContract(amountVisible)).toList();
        });
    }

    @Override
    public List<Contract> ending(LocalDate from, LocalDate to, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select c from ContractEntity c where c.endDate >= :from"
                + " and c.endDate <= :to and c.status in :statuses" + OwnerClause.jpql(owners, "c.ownerId")
                + " order by c.endDate, c.id", ContractEntity.class)).setParameter("from", from).setParameter("to", to)
                .setParameter("statuses", ContractEntity.COLLECTING).setMaxResults(Math.min(Math.max(limit, 0), MAX_PAGE))
                .getResultList().stream().map(entity -> entity.toContract(amountVisible)).toList());
    }

    @Override
    public List<Contract> forCustomer(long customerId, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select c from ContractEntity c where c.customerId = :customer"
                + OwnerClause.jpql(owners, "c.ownerId") + " order by c.id desc", ContractEntity.class))
                .setParameter("customer", customerId).setMaxResults(Math.min(Math.max(limit, 0), MAX_PAGE)).getResultList().stream()
                .map(entity -> entity.toContract(amountVisible)).toList());
    }

    @Override
    public List<Contract> search(String query, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        String start = query == null ? "" : query.strip();
        if (start.isEmpty() || limit <= 0) {
            return List.of();
        }
        // two prefix look-ups, each on its index (the number's unique one, the title's)
        return database.read(em -> {
            LinkedHashMap<Long, ContractEntity> hits = new LinkedHashMap<>();
            for (String field : List.of("number", "title")) {
                String prefix = field.equals("number") ? start.toUpperCase(Locale.ROOT) : start;
                OwnerClause.bind(owners, em.createQuery("select c from ContractEntity c where c." + field + " like :prefix escape '\\'"
                        + OwnerClause.jpql(owners, "c.ownerId") + " order by c.id desc", ContractEntity.class))
                        .setParameter("prefix", LikePrefix.of(prefix)).setMaxResults(Math.min(limit, MAX_PAGE)).getResultList()
                        .forEach(entity -> hits.putIfAbsent(entity.id(), entity));
            }
            return hits.values().stream().sorted(Comparator.comparingLong(ContractEntity::id).reversed()).limit(limit)
                    .map(entity -> entity.toContract(amountVisible)).toList();
        });
    }

    /** A customer the caller may see; one that does not exist and one out of scope are refused alike. */
    private void requireCustomer(long customerId) {
        if (customers.find(customerId).isEmpty()) {
            throw new InputRefusedException("customerId", "contract.error.customerNotFound");
        }
    }

    private String nextNumber(EntityManager em, Instant at) {
        LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();
        return numbers.format(day, NumberSeries.next(em, "CON_NUMBER_SERIES", numbers.series(day), () -> 0));
    }

    /** The configured pattern; one that cannot work is logged and the default used, so contracts can still be made. */
    private static NumberPattern numbers(String configured) {
        try {
            return NumberPattern.of(configured);
        } catch (IllegalArgumentException unusable) {
            LOG.error("numberPattern of org.mosaiccrm.contract cannot be used ({}); numbering as {}", unusable.getMessage(),
                    NumberPattern.DEFAULT);
            return NumberPattern.of(NumberPattern.DEFAULT);
        }
    }

    @Override
    public List<String> tags(long id) {
        ContractChanges.requireReadable(database, policy, id);
        return database.read(em -> ContractTags.read(em, id));
    }

    @Override
    public Contract setTags(long id, List<String> tags, long version) {
        policy.require(PERMISSION_EDIT);
        List<String> checked = ContractTags.of(tags);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        AtomicReference<List<String>> before = new AtomicReference<>();
        Contract changed = changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (entity.status() == ContractStatus.VOID) {
                throw new InputRefusedException("status", "contract.error.closed");
            }
            before.set(ContractTags.read(em, id));
            ContractTags.replace(em, id, checked);
            // the contract's own fields do not change: its version moves on, so two taggings at once are told
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }, entity -> entity.toContract(amountVisible));
        audit.record(AuditEvent.updated(MODULE_ID, ContractTags.RECORD_TYPE, id, Map.of("tags", String.join(", ", before.get())),
                Map.of("tags", String.join(", ", checked))));
        return changed;
    }

    @Override
    public List<String> knownTags(String prefix, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        int max = Math.min(Math.max(limit, 0), MAX_SUGGESTIONS);
        if (max == 0) {
            return List.of();
        }
        return database.read(em -> {
            @SuppressWarnings("unchecked")
            List<String> tags = em.createNativeQuery("SELECT DISTINCT t.TAG FROM CON_CONTRACT_TAG t, CON_CONTRACT c"
                    + " WHERE c.ID = t.CONTRACT_ID AND t.TAG_KEY LIKE ? ESCAPE '\\'" + ScopedSql.owners(owners, "c.OWNER_ID")
                    + " ORDER BY t.TAG FETCH FIRST " + max + " ROWS ONLY")
                    .setParameter(1, LikePrefix.of(prefix == null ? "" : ContractTags.key(prefix))).getResultList();
            return tags;
        });
    }

    @Override
    public List<Contract> listTagged(String tag, ContractStatus status, Long afterId, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean amountVisible = policy.isPermitted(PERMISSION_AMOUNT);
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (max == 0 || tag == null || tag.isBlank()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(ContractTags.key(tag)));
        StringBuilder where = new StringBuilder("t.TAG_KEY = ? AND c.ID = t.CONTRACT_ID");
        if (status != null) {
            where.append(" AND c.STATUS = ?");
            parameters.add(status.name());
        }
        if (afterId != null) {
            where.append(" AND t.CONTRACT_ID < ?");
            parameters.add(afterId);
        }
        // the tag's contracts newest first on its index, each contract by its key, stopping after the page
        return database.read(em -> {
            SqlDialect dialect = SqlDialect.of(em);
            var query = em.createNativeQuery("SELECT c.* FROM" + dialect.hint("joinOrder=FIXED") + " CON_CONTRACT_TAG t"
                    + dialect.hint("index=CON_CONTRACT_TAG_IX") + ", CON_CONTRACT c"
                    + dialect.hint("constraint=CON_CONTRACT_PK, joinStrategy=NESTEDLOOP") + " WHERE " + where
                    + ScopedSql.owners(owners, "c.OWNER_ID") + " ORDER BY t.CONTRACT_ID DESC FETCH FIRST " + max + " ROWS ONLY",
                    ContractEntity.class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            @SuppressWarnings("unchecked")
            List<ContractEntity> page = query.getResultList();
            return page.stream().map(entity -> entity.toContract(amountVisible)).toList();
        });
    }
}
