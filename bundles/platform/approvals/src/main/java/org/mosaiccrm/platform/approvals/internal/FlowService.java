package org.mosaiccrm.platform.approvals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.PersistenceException;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalFlow;
import org.mosaiccrm.platform.approval.ApprovalFlows;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.DefaultFlow;
import org.mosaiccrm.platform.approval.StepCondition;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process administrator's flows: each save is a new version of the type's flow (requests keep the
 * version they started with), checked before it is kept, audited.
 */
@Component(service = { ApprovalFlows.class, FlowService.class })
public class FlowService implements ApprovalFlows {

    private static final Logger LOG = LoggerFactory.getLogger(FlowService.class);
    private static final int MAX_STEPS = 20;

    private final ModuleDatabase database;
    private final ApprovalTypes types;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public FlowService(@Reference ApprovalsDatabase database, @Reference ApprovalTypes types, @Reference AccessPolicy access,
            @Reference AuditLog audit) {
        this(database.database(), types, access, audit, Clock.systemUTC());
    }

    FlowService(ModuleDatabase database, ApprovalTypes types, AccessPolicy access, AuditLog audit, Clock clock) {
        this.database = database;
        this.types = types;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ApprovableType> types() {
        access.require(PERMISSION_ADMINISTER);
        return types.all().stream().map(t -> new ApprovableType(t.recordType(), t.labelKey(), t.fields())).toList();
    }

    @Override
    public List<ApprovalFlow> flows() {
        access.require(PERMISSION_ADMINISTER);
        // a type's shipped flow is its first version from the moment anyone looks
        types.installed().forEach(this::current);
        return database.read(em -> em.createQuery("SELECT f FROM FlowRow f WHERE f.version = (SELECT MAX(g.version) FROM FlowRow g"
                + " WHERE g.recordType = f.recordType) ORDER BY f.recordType", FlowRow.class).getResultList())
                .stream().map(FlowService::toFlow).toList();
    }

    @Override
    public Optional<ApprovalFlow> flow(String recordType) {
        access.require(PERMISSION_ADMINISTER);
        return current(recordType);
    }

    /**
     * The newest version of a type's flow, for the engine (no permission: submitting needs none of the
     * administrator's). A type that has none yet but ships a default gets it as its first version.
     */
    Optional<ApprovalFlow> current(String recordType) {
        Optional<ApprovalFlow> stored = newest(recordType);
        if (stored.isPresent()) {
            return stored;
        }
        Optional<DefaultFlow> shipped = types.of(recordType).flatMap(ApprovableRecords::defaultFlow);
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        try {
            check(types.of(recordType).orElseThrow(), shipped.get().steps());
            return Optional.of(store(recordType, shipped.get().name(), shipped.get().steps(), true,
                    ApprovalFlow.SHIPPED_BY + moduleOf(recordType)));
        } catch (InputRefusedException badDefault) {
            LOG.warn("The default approval flow of {} cannot work ({}); its records need no approval until one is saved",
                    recordType, badDefault.getMessage());
            return Optional.empty();
        } catch (PersistenceException savedMeanwhile) {
            // another call kept the default as version 1 at the same moment (unique type and version)
            return newest(recordType);
        }
    }

    private Optional<ApprovalFlow> newest(String recordType) {
        return database.read(em -> em.createQuery("SELECT f FROM FlowRow f WHERE f.recordType = :type ORDER BY f.version DESC",
                FlowRow.class).setParameter("type", recordType).setMaxResults(1).getResultList().stream().findFirst()
                .map(FlowService::toFlow));
    }

    private static String moduleOf(String recordType) {
        int dot = recordType.indexOf('.');
        return dot < 0 ? recordType : recordType.substring(0, dot);
    }

    /** A version by id: what a request in flight follows. */
    ApprovalFlow version(long flowId) {
        return database.read(em -> toFlow(em.find(FlowRow.class, flowId)));
    }

    @Override
    public ApprovalFlow save(String recordType, String name, List<ApprovalStep> steps) {
        Subject admin = access.require(PERMISSION_ADMINISTER);
        ApprovableRecords type = types.of(recordType).orElseThrow(() -> new InputRefusedException("recordType",
                "approval.error.unknownType", recordType));
        String flowName = name == null ? "" : name.strip();
        if (flowName.isEmpty() || flowName.length() > 200) {
            throw new InputRefusedException("name", "approval.error.flowName");
        }
        check(type, steps);
        return store(recordType, flowName, steps, true, admin.username());
    }

    @Override
    public ApprovalFlow deactivate(String recordType) {
        Subject admin = access.require(PERMISSION_ADMINISTER);
        ApprovalFlow current = current(recordType).orElseThrow(() -> new InputRefusedException("recordType",
                "approval.error.noFlow", recordType));
        return store(recordType, current.name(), current.steps(), false, admin.username());
    }

    private ApprovalFlow store(String recordType, String name, List<ApprovalStep> steps, boolean active, String savedBy) {
        ApprovalFlow saved = database.inTransaction(em -> {
            Integer last = em.createQuery("SELECT MAX(f.version) FROM FlowRow f WHERE f.recordType = :type", Integer.class)
                    .setParameter("type", recordType).getSingleResult();
            FlowRow row = new FlowRow(recordType, last == null ? 1 : last + 1, name, StepsJson.write(steps), active,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), savedBy);
            em.persist(row);
            em.flush();
            return toFlow(row);
        });
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("recordType", recordType);
        facts.put("version", saved.version());
        facts.put("name", name);
        facts.put("active", active);
        facts.put("steps", StepsJson.write(steps));
        audit.record(AuditEvent.created(ApprovalsDatabase.MODULE_ID, "ApprovalFlow", saved.id(), facts));
        return saved;
    }

    /** Refuses a flow that cannot work, naming the step ({@code field} "steps", argument: its number from 1). */
    private static void check(ApprovableRecords type, List<ApprovalStep> steps) {
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new InputRefusedException("steps", "approval.error.noSteps");
        }
        for (int i = 0; i < steps.size(); i++) {
            ApprovalStep step = steps.get(i);
            int number = i + 1;
            if (step.name() == null || step.name().isBlank() || step.name().length() > 200) {
                throw new InputRefusedException("steps", "approval.error.stepName", number);
            }
            if (step.mode() == null || step.approvers() == null || step.approvers().kind() == null) {
                throw new InputRefusedException("steps", "approval.error.stepApprovers", number);
            }
            ApproverRule rule = step.approvers();
            boolean named = switch (rule.kind()) {
                case USERS -> !rule.userIds().isEmpty();
                case ROLE -> !rule.role().isBlank();
                case TEAM_LEAD -> rule.levels() >= 1 && rule.levels() <= 5;
            };
            if (!named) {
                throw new InputRefusedException("steps", "approval.error.stepApprovers", number);
            }
            if (step.limitHours() < 0) {
                throw new InputRefusedException("steps", "approval.error.limit", number);
            }
            if (step.condition() != null) {
                checkCondition(type, step.condition(), number);
            }
        }
    }

    private static void checkCondition(ApprovableRecords type, StepCondition condition, int number) {
        ApprovalField field = type.fields().stream().filter(f -> f.name().equals(condition.field())).findFirst()
                .orElseThrow(() -> new InputRefusedException("steps", "approval.error.conditionField", number));
        if (condition.operator() == null || condition.values().isEmpty() || condition.values().stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new InputRefusedException("steps", "approval.error.conditionValue", number);
        }
        boolean numeric = condition.operator() != StepCondition.Operator.IN;
        if (numeric != field.numeric()) {
            throw new InputRefusedException("steps", "approval.error.conditionOperator", number);
        }
        if (numeric) {
            try {
                new BigDecimal(condition.values().get(0).strip());
            } catch (NumberFormatException e) {
                throw new InputRefusedException("steps", "approval.error.conditionValue", number);
            }
        }
    }

    private static ApprovalFlow toFlow(FlowRow row) {
        return row.toFlow(StepsJson.read(row.stepsJson()));
    }
}
