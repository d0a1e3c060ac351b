package org.mosaiccrm.sales.service.internal.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.ScopedSql;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.BoardColumn;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityEdit;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.PipelineTotal;
import org.mosaiccrm.sales.Stage;
import org.mosaiccrm.sales.StageChange;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.mosaiccrm.sales.service.internal.SalesEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opportunities on SAL_OPPORTUNITY. The owner is the user who creates one (record scope); the
 * customer must be visible to that user (asked of the customer core). Every move is kept in
 * SAL_STAGE_CHANGE. Checks come first: a refused call writes nothing.
 */
@Component(service = OpportunityService.class)
public class JpaOpportunityService implements OpportunityService {

    static final String RECORD_TYPE = "Opportunity";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final CustomerService customers;
    private final AuditLog audit;
    private final RecordChanges<OpportunityEntity> changes;
    private final SalesEvents events;

    @Activate
    public JpaOpportunityService(@Reference SalesDatabase database, @Reference AccessPolicy policy,
            @Reference CustomerService customers, @Reference AuditLog audit, @Reference SalesEvents events) {
        this.database = database.database();
        this.events = events;
        this.policy = policy;
        this.customers = customers;
        this.audit = audit;
        this.changes = RecordChanges.of(this.database, policy, audit, MODULE_ID, RECORD_TYPE, OpportunityEntity.class,
                OpportunityEntity::ownerId, OpportunityEntity::version, entity -> fields(entity.toOpportunity()));
    }

    @Override
    public List<Stage> stages() {
        policy.require(PERMISSION_READ);
        return loadStages();
    }

    /** The stages, for a caller already checked (creating or moving needs no read permission of its own). */
    private List<Stage> loadStages() {
        return database.read(em -> em.createQuery("select s from StageEntity s order by s.position", StageEntity.class)
                .getResultList().stream().map(StageEntity::toStage).toList());
    }

    private static Stage stage(List<Stage> stages, String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InputRefusedException("sales.error.stage"));
    }

    @Override
    public Opportunity create(NewOpportunity input) {
        Subject subject = policy.require(PERMISSION_CREATE);
        List<Stage> stages = loadStages();
        OpportunityInput.Checked checked = OpportunityInput.check(input, stages.get(0).code());
        Stage stage = stage(stages, checked.stageCode());
        customers.find(checked.customerId()).orElseThrow(() -> new NoSuchElementException("No customer " + checked.customerId()));
        Opportunity created = database.inTransaction(em -> {
            OpportunityEntity entity = new OpportunityEntity(checked, stage.probability(), subject.userId(), StoredTime.now());
            em.persist(entity);
            em.flush();
            Opportunity opportunity = entity.toOpportunity();
            em.persist(new StageChangeEntity(opportunity.id(), "", stage.code(), opportunity.createdAt(), subject.username()));
            return opportunity;
        });
        audit.record(AuditEvent.created(MODULE_ID, RECORD_TYPE, created.id(), fields(created)));
        return created;
    }

    @Override
    public Optional<Opportunity> find(long id) {
        policy.require(PERMISSION_READ);
        return policy.readable(PERMISSION_READ, database.read(em -> Optional.ofNullable(em.find(OpportunityEntity.class, id))),
                OpportunityEntity::ownerId).map(entity -> entity.toOpportunity());
    }

    @Override
    public List<Opportunity> list(OpportunityStatus status, int offset, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> newest(em, owners, "SAL_OPP_NEWEST_IX", "o.STATUS = ?", List.of(status.name()), offset, limit));
    }

    @Override
    public List<Opportunity> listAfter(OpportunityStatus status, Long afterId, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            where.add("o.STATUS = ?");
            parameters.add(status.name());
        }
        if (afterId != null) {
            where.add("o.ID < ?");
            parameters.add(afterId);
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" AND ", where);
        // every status: the primary key serves the order by id; one status: the index on status and id
        return database.read(em -> newest(em, owners, status == null ? null : "SAL_OPP_NEWEST_IX", condition, parameters, 0, limit));
    }

    /**
     * The newest opportunities in scope meeting {@code where} (positional parameters), one page. A rep's
     * page walks the owner index; a team's or everyone's walks {@code index} (newest first) and stops
     * after the page instead of sorting every row in scope.
     */
    @SuppressWarnings("unchecked")
    private static List<Opportunity> newest(EntityManager em, OwnerFilter owners, String index, String where, List<Object> parameters,
            int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT o.* FROM " + ScopedSql.table(em, "SAL_OPPORTUNITY", "o", owners, index) + " WHERE " + where
                + ScopedSql.owners(owners, "o.OWNER_ID") + " ORDER BY o.ID DESC OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT "
                + limit + " ROWS ONLY", OpportunityEntity.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<OpportunityEntity>) query.getResultList()).stream().map(OpportunityEntity::toOpportunity).toList();
    }

    @Override
    public List<Opportunity> forCustomer(long customerId) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select o from OpportunityEntity o where o.customerId = :customer"
                + OwnerClause.jpql(owners, "o.ownerId") + " order by o.id desc", OpportunityEntity.class))
                .setParameter("customer", customerId).setMaxResults(200).getResultList().stream()
                .map(OpportunityEntity::toOpportunity).toList());
    }

    @Override
    public Opportunity update(long id, OpportunityEdit edit, long version) {
        policy.require(PERMISSION_EDIT);
        OpportunityInput.Checked checked = OpportunityInput.check(edit);
        List<Stage> stages = loadStages();
        return change(id, version, (em, entity, subject) -> {
            int stageProbability = stages.stream().filter(s -> s.code().equals(entity.stageCode())).mapToInt(Stage::probability)
                    .findFirst().orElse(entity.toOpportunity().probability());
            entity.edit(checked, edit.probability(), stageProbability);
        }, "edit");
    }

    @Override
    public List<Stage> saveStages(List<Stage> stages) {
        policy.require(PERMISSION_ADMINISTER);
        List<Stage> before = loadStages();
        List<Stage> checked = StageSettings.check(stages, before.stream().map(Stage::code).collect(java.util.stream.Collectors.toSet()));
        database.inTransaction(em -> {
            StageSettings.save(em, checked);
            return null;
        });
        List<Stage> after = loadStages();
        audit.record(AuditEvent.updated(MODULE_ID, "Stages", 0, Map.of("stages", describe(before)), Map.of("stages", describe(after))));
        return after;
    }

    private static String describe(List<Stage> stages) {
        return stages.stream().map(s -> (s.name().isEmpty() ? s.code() : s.name()) + " " + s.probability() + "%")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public Opportunity moveToStage(long id, String stageCode, long version) {
        policy.require(PERMISSION_EDIT);
        List<Stage> stages = loadStages();
        Stage stage = stage(stages, stageCode);
        return change(id, version, (em, entity, subject) -> {
            String from = entity.stageCode();
            if (!from.equals(stage.code())) {
                int furthest = stages.stream().filter(s -> s.code().equals(entity.furthestStage())).mapToInt(Stage::position)
                        .findFirst().orElse(0);
                entity.moveTo(stage.code(), stage.probability(), stage.position() > furthest);
                em.persist(new StageChangeEntity(id, from, stage.code(), StoredTime.now(), subject.username()));
            }
        }, "stage");
    }

    @Override
    public Opportunity win(long id, long version) {
        policy.require(PERMISSION_EDIT);
        Opportunity won = change(id, version, (em, entity, subject) -> {
            entity.close(OpportunityStatus.WON, "", LocalDate.now());
            em.persist(new StageChangeEntity(id, entity.stageCode(), "won", StoredTime.now(), subject.username()));
        }, "won");
        events.won(won);
        return won;
    }

    @Override
    public Opportunity lose(long id, String reason, long version) {
        policy.require(PERMISSION_EDIT);
        String clean = OpportunityInput.reason(reason);
        Opportunity lost = change(id, version, (em, entity, subject) -> {
            entity.close(OpportunityStatus.LOST, clean, LocalDate.now());
            em.persist(new StageChangeEntity(id, entity.stageCode(), "lost", StoredTime.now(), subject.username()));
        }, "lost");
        events.lost(lost);
        return lost;
    }

    /** A change to an open opportunity in the caller's scope, at the version the caller read. */
    private interface Change {
        void apply(EntityManager em, OpportunityEntity entity, Subject subject);
    }

    private Opportunity change(long id, long version, Change change, String what) {
        Subject subject = policy.subject();
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (entity.status() != OpportunityStatus.OPEN) {
                throw new InputRefusedException("sales.error.closed");
            }
            change.apply(em, entity, subject);
        }, OpportunityEntity::toOpportunity);
    }

    @Override
    public List<StageChange> history(long id) {
        find(id).orElseThrow(() -> new NoSuchElementException("No opportunity " + id));
        return database.read(em -> em.createQuery("select c from StageChangeEntity c where c.opportunityId = :id order by c.id",
                StageChangeEntity.class).setParameter("id", id).getResultList().stream().map(StageChangeEntity::toChange).toList());
    }

    @Override
    public List<BoardColumn> board(int perStage) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        int limit = Math.max(0, Math.min(200, perStage));
        List<Stage> stages = loadStages();
        return database.read(em -> {
            Map<String, List<PipelineTotal>> totals = new HashMap<>();
            totals(em, owners, "o.STAGE_CODE, ", "o.STAGE_CODE, ")
                    .forEach(row -> totals.computeIfAbsent(((String) row[0]).strip(), code -> new ArrayList<>()).add(total(row, 1)));
            List<BoardColumn> columns = new ArrayList<>();
            for (Stage stage : stages) {
                List<Opportunity> newest = !totals.containsKey(stage.code()) ? List.of()
                        : newest(em, owners, "SAL_OPP_STAGE_IX", "o.STATUS = ? AND o.STAGE_CODE = ?",
                                List.of(OpportunityStatus.OPEN.name(), stage.code()), 0, limit);
                columns.add(new BoardColumn(stage, totals.getOrDefault(stage.code(), List.of()), newest));
            }
            return columns;
        });
    }

    @Override
    public List<PipelineTotal> pipeline() {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> totals(em, owners, "", "").stream().map(row -> total(row, 0)).toList());
    }

    /**
     * Count, amount and amount × probability of the open opportunities per currency (after the extra
     * grouping columns); over a team, from the totals index alone.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> totals(EntityManager em, OwnerFilter owners, String selectFirst, String groupFirst) {
        return em.createNativeQuery("SELECT " + selectFirst + "o.CURRENCY, COUNT(*), SUM(o.AMOUNT), SUM(o.AMOUNT * o.PROBABILITY) FROM "
                + ScopedSql.table(em, "SAL_OPPORTUNITY", "o", owners, "SAL_OPP_TOTALS_IX") + " WHERE o.STATUS = ?"
                + ScopedSql.owners(owners, "o.OWNER_ID") + " GROUP BY " + groupFirst + "o.CURRENCY ORDER BY " + groupFirst + "o.CURRENCY")
                .setParameter(1, OpportunityStatus.OPEN.name()).getResultList();
    }

    private static PipelineTotal total(Object[] row, int at) {
        return new PipelineTotal(((String) row[at]).strip(), ((Number) row[at + 1]).longValue(), decimal(row[at + 2]),
                decimal(row[at + 3]).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public List<Opportunity> search(String prefix, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        String key = OpportunityEntity.key(prefix.strip());
        if (key.isEmpty()) {
            return List.of();
        }
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select o from OpportunityEntity o where o.nameKey like :key escape '\\'"
                + OwnerClause.jpql(owners, "o.ownerId") + " order by o.nameKey", OpportunityEntity.class))
                .setParameter("key", LikePrefix.of(key)).setMaxResults(limit).getResultList().stream()
                .map(OpportunityEntity::toOpportunity).toList());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static Map<String, Object> fields(Opportunity o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerId", o.customerId());
        fields.put("name", o.name());
        fields.put("stage", o.stageCode());
        fields.put("amount", o.amount().toPlainString() + " " + o.currency());
        fields.put("probability", o.probability());
        fields.put("expectedClose", String.valueOf(o.expectedClose()));
        fields.put("competitors", o.competitors());
        fields.put("nextStep", o.nextStep());
        fields.put("status", o.status().name());
        fields.put("lostReason", o.lostReason());
        return fields;
    }
}
