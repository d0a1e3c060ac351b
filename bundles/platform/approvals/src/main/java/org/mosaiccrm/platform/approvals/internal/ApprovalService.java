package org.mosaiccrm.platform.approvals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovableRecord;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalFlow;
import org.mosaiccrm.platform.approval.ApprovalHistoryEntry;
import org.mosaiccrm.platform.approval.ApprovalOutcome;
import org.mosaiccrm.platform.approval.ApprovalRequest;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The approval engine (docs/architecture.md, "Approvals"): a submitted record is snapshotted and
 * follows the steps of its flow version that apply to it; each step's approvers get tasks (one after
 * another, all, or any one), chained by {@code AFTER_TASK_ID}; every action checks that the caller may
 * take it, locks the request (a concurrent action is tried again), writes the history and the audit
 * log, and after the commit tells the people concerned and the record's module.
 */
@Component(service = { Approvals.class, ApprovalService.class })
public class ApprovalService implements Approvals {

    static final String KIND_TASK = "approval.task";
    static final String KIND_DECIDED = "approval.decided";
    static final String KIND_REMINDER = "approval.reminder";
    private static final int MAX_LIST = 500;
    private static final List<String> OPEN = List.of(ApprovalTask.State.WAITING.name(), ApprovalTask.State.QUEUED.name());

    private final ModuleDatabase database;
    private final ApprovalTypes types;
    private final FlowService flows;
    private final AccessPolicy access;
    private final ApproverResolver resolver;
    private final UserDirectory directory;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public ApprovalService(@Reference ApprovalsDatabase database, @Reference ApprovalTypes types, @Reference FlowService flows,
            @Reference AccessPolicy access, @Reference UserDirectory directory, @Reference Notifications notifications,
            @Reference AuditLog audit) {
        this(database.database(), types, flows, access, directory, notifications, audit, Clock.systemDefaultZone());
    }

    ApprovalService(ModuleDatabase database, ApprovalTypes types, FlowService flows, AccessPolicy access, UserDirectory directory,
            Notifications notifications, AuditLog audit, Clock clock) {
        this.database = database;
        this.types = types;
        this.flows = flows;
        this.access = access;
        this.directory = directory;
        this.resolver = new ApproverResolver(directory);
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an action does once its transaction has committed: notices, the module's callbacks, audit entries. */
    private final class Effects {
        private final List<Runnable> after = new ArrayList<>();

        void notice(long userId, String kind, String textKey, String route, String... args) {
            after.add(() -> notifications.notify(new NewNotification(userId, kind, textKey, List.of(args), route)));
        }

        void audit(RequestRow request, String action, int step, String comment) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("action", action);
            facts.put("record", request.recordType() + ":" + request.recordId());
            facts.put("step", step);
            facts.put("comment", comment == null ? "" : comment);
            facts.put("state", request.state().name());
            long id = request.id();
            after.add(() -> audit.record(AuditEvent.updated(ApprovalsDatabase.MODULE_ID, "ApprovalRequest", id, Map.of(), facts)));
        }

        void then(Runnable work) {
            after.add(work);
        }

        void run() {
            after.forEach(Runnable::run);
        }
    }

    // ---- submitting ----

    @Override
    public boolean needsApproval(String recordType, long recordId) {
        access.subject();
        Optional<ApprovalFlow> flow = flows.current(recordType).filter(ApprovalFlow::active);
        Optional<ApprovableRecord> record = types.of(recordType).flatMap(t -> t.find(recordId));
        return flow.isPresent() && record.isPresent() && !StepConditions.path(flow.get().steps(), record.get().values()).isEmpty();
    }

    @Override
    public ApprovalRequest submit(String recordType, long recordId, String comment) {
        Subject me = access.subject();
        ApprovableRecords type = types.of(recordType).orElseThrow(() -> denied(recordType + ":" + recordId));
        if (!type.maySubmit(recordId)) {
            throw denied(recordType + ":" + recordId);
        }
        ApprovableRecord record = type.find(recordId).orElseThrow(() -> denied(recordType + ":" + recordId));
        ApprovalFlow flow = flows.current(recordType).filter(ApprovalFlow::active)
                .orElseThrow(() -> new InputRefusedException("", "approval.error.noFlow", recordType));
        List<Integer> path = StepConditions.path(flow.steps(), record.values());
        if (path.isEmpty()) {
            throw new InputRefusedException("", "approval.error.noStep");
        }
        for (int index : path) {
            ApprovalStep step = flow.steps().get(index);
            if (approversOf(step, me.userId()).isEmpty() && !step.autoPass()) {
                throw new InputRefusedException("", "approval.error.noApprover", step.name());
            }
        }
        String snapshot = type.snapshot(recordId);
        return act(em -> {
            Effects effects = new Effects();
            boolean pending = !em.createQuery("SELECT r.id FROM RequestRow r WHERE r.recordType = :type AND r.recordId = :id"
                    + " AND r.state = :pending", Long.class).setParameter("type", recordType).setParameter("id", recordId)
                    .setParameter("pending", ApprovalRequest.State.PENDING.name()).getResultList().isEmpty();
            if (pending) {
                throw new InputRefusedException("", "approval.error.pending");
            }
            RequestRow request = new RequestRow(recordType, recordId, record.title(), record.route(), flow.id(), me.userId(),
                    path, snapshot, now());
            em.persist(request);
            em.flush();
            history(em, request, me.userId(), "SUBMITTED", path.get(0), comment);
            effects.audit(request, "SUBMITTED", path.get(0), comment);
            openFrom(em, request, flow, path.get(0), effects);
            em.flush();
            return Map.entry(request.toRequest(flow.version()), effects);
        });
    }

    // ---- deciding ----

    @Override
    public void approve(long taskId, String comment) {
        act(em -> {
            Effects effects = new Effects();
            TaskRow task = myWaitingTask(em, taskId);
            RequestRow request = lockedRequest(em, task.requestId());
            ApprovalFlow flow = flows.version(request.flowId());
            task.end(ApprovalTask.State.APPROVED, comment, now());
            history(em, request, access.subject().userId(), "APPROVED", task.step(), comment);
            effects.audit(request, "APPROVED", task.step(), comment);
            afterApproval(em, request, flow, task, effects);
            return Map.entry(request, effects);
        });
    }

    @Override
    public void reject(long taskId, String reason) {
        String why = required(reason);
        act(em -> {
            Effects effects = new Effects();
            TaskRow task = myWaitingTask(em, taskId);
            RequestRow request = lockedRequest(em, task.requestId());
            task.end(ApprovalTask.State.REJECTED, why, now());
            cancelOpen(em, request.id(), null);
            history(em, request, access.subject().userId(), "REJECTED", task.step(), why);
            end(em, request, ApprovalRequest.State.REJECTED, effects);
            effects.audit(request, "REJECTED", task.step(), why);
            effects.notice(request.submitterId(), KIND_DECIDED, "approval.notice.rejected", request.route(), request.title(), "REJECTED", why);
            return Map.entry(request, effects);
        });
    }

    @Override
    public void sendBack(long taskId, int toStep, String reason) {
        String why = required(reason);
        act(em -> {
            Effects effects = new Effects();
            TaskRow task = myWaitingTask(em, taskId);
            RequestRow request = lockedRequest(em, task.requestId());
            List<Integer> path = request.path();
            int position = path.indexOf(task.step());
            int target = toStep < 0 && position > 0 ? path.get(position - 1) : toStep;
            if (!path.contains(target) || path.indexOf(target) >= position) {
                throw new InputRefusedException("toStep", "approval.error.sendBack");
            }
            task.end(ApprovalTask.State.SENT_BACK, why, now());
            cancelOpen(em, request.id(), null);
            history(em, request, access.subject().userId(), "SENT_BACK", target, why);
            effects.audit(request, "SENT_BACK", target, why);
            effects.notice(request.submitterId(), KIND_DECIDED, "approval.notice.sentBack", request.route(), request.title(), "SENT_BACK", why);
            openFrom(em, request, flows.version(request.flowId()), target, effects);
            return Map.entry(request, effects);
        });
    }

    @Override
    public void addApprover(long taskId, long userId, boolean before) {
        act(em -> {
            Effects effects = new Effects();
            TaskRow task = myWaitingTask(em, taskId);
            RequestRow request = lockedRequest(em, task.requestId());
            requireAnotherPerson(request, task, userId, "approval.error.addApprover");
            TaskRow added = newTask(em, request, task.step(), task.stepName(), userId, task.limitHours());
            if (before) {
                // the new approver decides first; the caller's task waits for theirs
                added.after(task.afterTaskId());
                added.waitNow(now());
                task.after(added.id());
                task.queue();
                effects.notice(userId, KIND_TASK, "approval.notice.task", "approvals", request.title(), task.stepName());
            } else {
                // whoever waited for the caller now waits for the new approver, who waits for the caller
                em.createQuery("UPDATE TaskRow t SET t.afterTaskId = :added WHERE t.afterTaskId = :task AND t.id <> :added")
                        .setParameter("added", added.id()).setParameter("task", task.id()).executeUpdate();
                added.after(task.id());
            }
            history(em, request, access.subject().userId(), before ? "ADDED_BEFORE" : "ADDED_AFTER", task.step(), name(userId));
            effects.audit(request, before ? "ADDED_BEFORE" : "ADDED_AFTER", task.step(), String.valueOf(userId));
            return Map.entry(request, effects);
        });
    }

    @Override
    public void transfer(long taskId, long userId, String comment) {
        act(em -> {
            Effects effects = new Effects();
            TaskRow task = myWaitingTask(em, taskId);
            RequestRow request = lockedRequest(em, task.requestId());
            requireAnotherPerson(request, task, userId, "approval.error.transfer");
            handOver(em, request, task, userId, comment, "TRANSFERRED", access.subject().userId(), effects);
            return Map.entry(request, effects);
        });
    }

    /** Someone to add or hand over to: a user who exists, neither the submitter nor the task's approver. */
    private void requireAnotherPerson(RequestRow request, TaskRow task, long userId, String refusal) {
        if (userId == request.submitterId() || userId == task.approverId() || directory.displayNames(List.of(userId)).isEmpty()) {
            throw new InputRefusedException("userId", refusal);
        }
    }

    /** Gives {@code task} to {@code userId} in the same place of its step (a transfer, or an escalation). */
    private void handOver(EntityManager em, RequestRow request, TaskRow task, long userId, String comment, String action, Long byUserId,
            Effects effects) {
        TaskRow taken = newTask(em, request, task.step(), task.stepName(), userId, task.limitHours());
        taken.after(task.afterTaskId());
        taken.waitNow(now());
        em.createQuery("UPDATE TaskRow t SET t.afterTaskId = :taken WHERE t.afterTaskId = :task")
                .setParameter("taken", taken.id()).setParameter("task", task.id()).executeUpdate();
        task.end(ApprovalTask.State.TRANSFERRED, comment, now());
        history(em, request, byUserId, action, task.step(), name(userId) + (comment == null || comment.isBlank() ? "" : ": " + comment));
        effects.audit(request, action, task.step(), String.valueOf(userId));
        effects.notice(userId, KIND_TASK, "approval.notice.task", "approvals", request.title(), task.stepName());
    }

    @Override
    public void withdraw(long requestId) {
        Subject me = access.subject();
        act(em -> {
            Effects effects = new Effects();
            RequestRow request = em.find(RequestRow.class, requestId);
            if (request == null || request.submitterId() != me.userId()) {
                throw denied("request:" + requestId);
            }
            if (request.state() != ApprovalRequest.State.PENDING) {
                throw new InputRefusedException("", "approval.error.notPending");
            }
            em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            int step = request.step();
            cancelOpen(em, request.id(), null);
            history(em, request, me.userId(), "WITHDRAWN", step, "");
            end(em, request, ApprovalRequest.State.WITHDRAWN, effects);
            effects.audit(request, "WITHDRAWN", step, "");
            return Map.entry(request, effects);
        });
    }

    @Override
    public void comment(long requestId, String text) {
        Subject me = access.subject();
        String comment = required(text);
        act(em -> {
            Effects effects = new Effects();
            RequestRow request = em.find(RequestRow.class, requestId);
            boolean takesPart = request != null && (request.submitterId() == me.userId() || !em.createQuery(
                    "SELECT t.id FROM TaskRow t WHERE t.requestId = :request AND (t.approverId = :me OR t.delegatorId = :me)", Long.class)
                    .setParameter("request", requestId).setParameter("me", me.userId()).setMaxResults(1).getResultList().isEmpty());
            if (!takesPart) {
                throw denied("request:" + requestId);
            }
            history(em, request, me.userId(), "COMMENTED", Math.max(request.step(), 0), comment);
            effects.audit(request, "COMMENTED", request.step(), comment);
            return Map.entry(request, effects);
        });
    }

    // ---- reading ----

    @Override
    public Optional<ApprovalRequest> pending(String recordType, long recordId) {
        return database.read(em -> em.createQuery("SELECT r FROM RequestRow r WHERE r.recordType = :type AND r.recordId = :id"
                + " AND r.state = :pending", RequestRow.class).setParameter("type", recordType).setParameter("id", recordId)
                .setParameter("pending", ApprovalRequest.State.PENDING.name()).getResultList().stream().findFirst()
                .map(this::toRequest));
    }

    @Override
    public void requireNotPending(String recordType, long recordId) {
        if (pending(recordType, recordId).isPresent()) {
            throw new InputRefusedException("", "approval.error.locked");
        }
    }

    @Override
    public List<ApprovalTask> waitingForMe(int limit) {
        Subject me = access.subject();
        List<String> installed = types.installed();
        if (installed.isEmpty()) {
            return List.of();
        }
        return database.read(em -> tasks(em.createQuery("SELECT t, r FROM TaskRow t, RequestRow r WHERE t.approverId = :me"
                + " AND t.state = :waiting AND r.id = t.requestId AND t.recordType IN :types ORDER BY t.id", Object[].class)
                .setParameter("me", me.userId()).setParameter("waiting", ApprovalTask.State.WAITING.name())
                .setParameter("types", installed).setMaxResults(bounded(limit)).getResultList()));
    }

    @Override
    public long waitingForMeCount() {
        Subject me = access.subject();
        List<String> installed = types.installed();
        if (installed.isEmpty()) {
            return 0;
        }
        return database.read(em -> em.createQuery("SELECT COUNT(t) FROM TaskRow t WHERE t.approverId = :me AND t.state = :waiting"
                + " AND t.recordType IN :types", Long.class).setParameter("me", me.userId())
                .setParameter("waiting", ApprovalTask.State.WAITING.name()).setParameter("types", installed).getSingleResult());
    }

    @Override
    public List<ApprovalRequest> submittedByMe(int limit) {
        Subject me = access.subject();
        List<String> installed = types.installed();
        if (installed.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT r FROM RequestRow r WHERE r.submitterId = :me AND r.recordType IN :types"
                + " ORDER BY r.id DESC", RequestRow.class).setParameter("me", me.userId()).setParameter("types", installed)
                .setMaxResults(bounded(limit)).getResultList().stream().map(this::toRequest).toList());
    }

    @Override
    public List<ApprovalTask> doneByMe(int limit) {
        Subject me = access.subject();
        List<String> installed = types.installed();
        if (installed.isEmpty()) {
            return List.of();
        }
        return database.read(em -> tasks(em.createQuery("SELECT t, r FROM TaskRow t, RequestRow r WHERE t.approverId = :me"
                + " AND t.state IN :done AND r.id = t.requestId AND t.recordType IN :types ORDER BY t.decidedAt DESC, t.id DESC",
                Object[].class).setParameter("me", me.userId())
                .setParameter("done", List.of(ApprovalTask.State.APPROVED.name(), ApprovalTask.State.REJECTED.name(),
                        ApprovalTask.State.SENT_BACK.name(), ApprovalTask.State.TRANSFERRED.name()))
                .setParameter("types", installed).setMaxResults(bounded(limit)).getResultList()));
    }

    @Override
    public List<ApprovalHistoryEntry> history(String recordType, long recordId) {
        access.subject();
        ApprovableRecords type = types.of(recordType).orElseThrow(() -> denied(recordType + ":" + recordId));
        if (!type.mayRead(recordId)) {
            throw denied(recordType + ":" + recordId);
        }
        return database.read(em -> em.createQuery("SELECT h FROM HistoryRow h WHERE h.recordType = :type AND h.recordId = :id"
                + " ORDER BY h.id", HistoryRow.class).setParameter("type", recordType).setParameter("id", recordId)
                .getResultList().stream().map(HistoryRow::toEntry).toList());
    }

    /** The tasks of a request, every state, in the order they were made (the record page and tests). */
    List<ApprovalTask> tasksOf(long requestId) {
        return database.read(em -> tasks(em.createQuery("SELECT t, r FROM TaskRow t, RequestRow r WHERE t.requestId = :request"
                + " AND r.id = t.requestId ORDER BY t.id", Object[].class).setParameter("request", requestId).getResultList()));
    }

    // ---- delegation ----

    @Override
    public void delegate(long deputyId, LocalDate from, LocalDate to) {
        Subject me = access.subject();
        if (deputyId == me.userId() || directory.displayNames(List.of(deputyId)).isEmpty()) {
            throw new InputRefusedException("deputyId", "approval.error.deputy");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InputRefusedException("to", "approval.error.dates");
        }
        database.runInTransaction(em -> {
            DelegationRow row = em.find(DelegationRow.class, me.userId());
            if (row == null) {
                em.persist(new DelegationRow(me.userId(), deputyId, from, to));
            } else {
                row.change(deputyId, from, to);
            }
        });
        audit.record(AuditEvent.updated(ApprovalsDatabase.MODULE_ID, "ApprovalDelegation", me.userId(), Map.of(),
                Map.of("deputy", deputyId, "from", from.toString(), "to", to.toString())));
    }

    @Override
    public void endDelegation() {
        Subject me = access.subject();
        database.runInTransaction(em -> {
            DelegationRow row = em.find(DelegationRow.class, me.userId());
            if (row != null) {
                em.remove(row);
            }
        });
        audit.record(AuditEvent.deleted(ApprovalsDatabase.MODULE_ID, "ApprovalDelegation", me.userId(), Map.of()));
    }

    @Override
    public Optional<org.mosaiccrm.platform.approval.ApprovalDelegation> delegation() {
        Subject me = access.subject();
        return Optional.ofNullable(database.read(em -> em.find(DelegationRow.class, me.userId()))).map(DelegationRow::toDelegation);
    }

    // ---- reminders and escalation ----

    /**
     * For the escalation job: a task waiting past its step's limit reminds its approver once; past twice
     * the limit it goes to the approver's team lead (escalated). Returns how many tasks were touched.
     */
    int remindAndEscalate() {
        Instant now = now();
        List<Long> due = database.read(em -> em.createQuery("SELECT t.id FROM TaskRow t WHERE t.state = :waiting"
                + " AND t.limitHours > 0 AND t.reminded < 2 AND t.waitingSince <= :earliest ORDER BY t.id", Long.class)
                .setParameter("waiting", ApprovalTask.State.WAITING.name()).setParameter("earliest", now.minus(1, ChronoUnit.HOURS))
                .setMaxResults(MAX_LIST).getResultList());
        int touched = 0;
        for (long taskId : due) {
            Boolean changed = act(em -> {
                Effects effects = new Effects();
                TaskRow task = em.find(TaskRow.class, taskId);
                RequestRow request = em.find(RequestRow.class, task.requestId());
                Instant limit = task.waitingSince().plus(task.limitHours(), ChronoUnit.HOURS);
                if (task.state() != ApprovalTask.State.WAITING || request.state() != ApprovalRequest.State.PENDING || now.isBefore(limit)) {
                    return Map.entry(false, effects);
                }
                Instant twice = limit.plus(task.limitHours(), ChronoUnit.HOURS);
                if (task.reminded() == 0) {
                    task.reminded(1);
                    history(em, request, null, "REMINDED", task.step(), name(task.approverId()));
                    effects.notice(task.approverId(), KIND_REMINDER, "approval.notice.reminder", "approvals", request.title(),
                            task.stepName());
                    return Map.entry(true, effects);
                }
                if (now.isBefore(twice)) {
                    return Map.entry(false, effects);
                }
                task.reminded(2);
                if (task.escalateTo() != null && task.escalateTo() != task.approverId()) {
                    em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    handOver(em, request, task, task.escalateTo(), "", "ESCALATED", null, effects);
                } else {
                    effects.notice(task.approverId(), KIND_REMINDER, "approval.notice.reminder", "approvals", request.title(),
                            task.stepName());
                }
                return Map.entry(true, effects);
            });
            touched += changed ? 1 : 0;
        }
        return touched;
    }

    // ---- the engine ----

    /** Runs an action in a transaction (again, up to three times, when another action on the request came first), then its effects. */
    private <T> T act(Function<EntityManager, Map.Entry<T, Effects>> action) {
        for (int attempt = 1;; attempt++) {
            try {
                Map.Entry<T, Effects> done = database.inTransaction(action);
                done.getValue().run();
                return done.getKey();
            } catch (OptimisticLockException | RollbackException conflict) {
                if (attempt == 3 || !(conflict instanceof OptimisticLockException || conflict.getCause() instanceof OptimisticLockException)) {
                    throw conflict;
                }
            }
        }
    }

    private TaskRow myWaitingTask(EntityManager em, long taskId) {
        Subject me = access.subject();
        TaskRow task = em.find(TaskRow.class, taskId);
        if (task == null || task.approverId() != me.userId()) {
            throw denied("task:" + taskId);
        }
        if (task.state() != ApprovalTask.State.WAITING) {
            throw new InputRefusedException("", "approval.error.notWaiting");
        }
        return task;
    }

    private RequestRow lockedRequest(EntityManager em, long requestId) {
        RequestRow request = em.find(RequestRow.class, requestId);
        if (request.state() != ApprovalRequest.State.PENDING) {
            throw new InputRefusedException("", "approval.error.notPending");
        }
        if (request.submitterId() == access.subject().userId()) {
            throw new InputRefusedException("", "approval.error.ownRecord"); // separation of duties, whatever the roles
        }
        // two approvers of one step deciding at once: the second is tried again and sees the first
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return request;
    }

    /** After an approval: the task's followers wait now, or the step is done and the next one opens. */
    private void afterApproval(EntityManager em, RequestRow request, ApprovalFlow flow, TaskRow task, Effects effects) {
        List<TaskRow> followers = em.createQuery("SELECT t FROM TaskRow t WHERE t.afterTaskId = :task AND t.state = :queued",
                TaskRow.class).setParameter("task", task.id()).setParameter("queued", ApprovalTask.State.QUEUED.name()).getResultList();
        for (TaskRow follower : followers) {
            follower.waitNow(now());
            effects.notice(follower.approverId(), KIND_TASK, "approval.notice.task", "approvals", request.title(), follower.stepName());
        }
        ApprovalStep step = flow.steps().get(task.step());
        boolean done = step.mode() == StepMode.ANY ? followers.isEmpty() : openTasks(em, request.id(), task.step()).isEmpty();
        if (!done) {
            return;
        }
        cancelOpen(em, request.id(), task.step());
        List<Integer> path = request.path();
        int next = path.indexOf(task.step()) + 1;
        if (next < path.size()) {
            openFrom(em, request, flow, path.get(next), effects);
        } else {
            end(em, request, ApprovalRequest.State.APPROVED, effects);
            effects.notice(request.submitterId(), KIND_DECIDED, "approval.notice.approved", request.route(), request.title(), "APPROVED", "");
        }
    }

    /** Opens the step {@code index} and, while steps pass by themselves, the ones after it; the last one passing approves the request. */
    private void openFrom(EntityManager em, RequestRow request, ApprovalFlow flow, int index, Effects effects) {
        List<Integer> path = request.path();
        for (int position = path.indexOf(index); position < path.size(); position++) {
            int stepIndex = path.get(position);
            request.moveTo(stepIndex);
            if (!open(em, request, flow.steps().get(stepIndex), stepIndex, effects)) {
                return;
            }
        }
        end(em, request, ApprovalRequest.State.APPROVED, effects);
        effects.notice(request.submitterId(), KIND_DECIDED, "approval.notice.approved", request.route(), request.title(), "APPROVED", "");
    }

    /** Makes a step's tasks; returns whether the step passed at once (nobody to ask, or everyone approved it before). */
    private boolean open(EntityManager em, RequestRow request, ApprovalStep step, int stepIndex, Effects effects) {
        List<Long> approvers = approversOf(step, request.submitterId());
        if (approvers.isEmpty()) {
            if (!step.autoPass()) {
                throw new InputRefusedException("", "approval.error.noApprover", step.name());
            }
            history(em, request, null, "AUTO_PASSED", stepIndex, "");
            return true;
        }
        List<Long> approvedBefore = em.createQuery("SELECT t.approverId FROM TaskRow t WHERE t.requestId = :request"
                + " AND t.state = :approved AND t.step <> :step", Long.class).setParameter("request", request.id())
                .setParameter("approved", ApprovalTask.State.APPROVED.name()).setParameter("step", stepIndex).getResultList();
        TaskRow previous = null;
        boolean anyOpen = false;
        for (long approver : approvers) {
            TaskRow task = newTask(em, request, stepIndex, step.name(), approver, step.limitHours());
            if (approvedBefore.contains(task.approverId()) || approvedBefore.contains(approver)) {
                // one who appears twice approves once
                task.end(ApprovalTask.State.APPROVED, "", now());
                history(em, request, task.approverId(), "AUTO_PASSED", stepIndex, "");
                if (step.mode() == StepMode.ANY) {
                    cancelOpen(em, request.id(), stepIndex);
                    return true;
                }
                continue;
            }
            anyOpen = true;
            if (step.mode() == StepMode.SEQUENTIAL && previous != null) {
                task.after(previous.id());
            } else {
                task.waitNow(now());
                effects.notice(task.approverId(), KIND_TASK, "approval.notice.task", "approvals", request.title(), step.name());
            }
            previous = task;
        }
        return !anyOpen;
    }

    /** A task for {@code approver}, or for their deputy while they are away (never for the submitter). */
    private TaskRow newTask(EntityManager em, RequestRow request, int step, String stepName, long approver, int limitHours) {
        long taker = approver;
        Long delegator = null;
        DelegationRow away = em.find(DelegationRow.class, approver);
        if (away != null && away.covers(LocalDate.now(clock.withZone(ZoneId.systemDefault()))) && away.deputyId() != request.submitterId()) {
            taker = away.deputyId();
            delegator = approver;
        }
        // the lead a waiting task escalates to (worked out with a caller: the escalation job has none, and its hand-overs escalate no further)
        Long lead = CurrentSubject.get().isPresent() ? resolver.leadAbove(taker, 1) : null;
        TaskRow task = new TaskRow(request, step, stepName, taker, delegator, limitHours,
                lead == null || lead == request.submitterId() ? null : lead, now());
        em.persist(task);
        em.flush();
        return task;
    }

    private List<Long> approversOf(ApprovalStep step, long submitterId) {
        List<Long> approvers = resolver.approvers(step.approvers(), submitterId);
        if (approvers.isEmpty() && step.fallbackUserId() != null && step.fallbackUserId() != submitterId) {
            return List.of(step.fallbackUserId());
        }
        return approvers;
    }

    private List<TaskRow> openTasks(EntityManager em, long requestId, int step) {
        return em.createQuery("SELECT t FROM TaskRow t WHERE t.requestId = :request AND t.step = :step AND t.state IN :open",
                TaskRow.class).setParameter("request", requestId).setParameter("step", step).setParameter("open", OPEN).getResultList();
    }

    /** Ends the open tasks of a request (of one step, or all when {@code step} is null). */
    private void cancelOpen(EntityManager em, long requestId, Integer step) {
        em.createQuery("SELECT t FROM TaskRow t WHERE t.requestId = :request AND t.state IN :open", TaskRow.class)
                .setParameter("request", requestId).setParameter("open", OPEN).getResultList().stream()
                .filter(t -> step == null || t.step() == step).forEach(t -> t.end(ApprovalTask.State.CANCELLED, "", now()));
    }

    /** The request ends; the module hears of it (and restores its record unless approved) after the commit. */
    private void end(EntityManager em, RequestRow request, ApprovalRequest.State outcome, Effects effects) {
        int step = request.step();
        request.decide(outcome, now());
        history(em, request, null, "DECIDED", Math.max(step, 0), outcome.name());
        String recordType = request.recordType();
        long recordId = request.recordId();
        String snapshot = request.snapshot();
        effects.then(() -> types.of(recordType).ifPresent(type -> {
            if (outcome != ApprovalRequest.State.APPROVED) {
                type.restore(recordId, snapshot);
            }
            type.decided(recordId, ApprovalOutcome.valueOf(outcome.name()));
        }));
    }

    private void history(EntityManager em, RequestRow request, Long userId, String action, int step, String comment) {
        em.persist(new HistoryRow(request, now(), userId, action, step, comment));
    }

    /** A user's name for the history; the escalation job, which has no caller, writes the number. */
    private String name(long userId) {
        if (CurrentSubject.get().isEmpty()) {
            return "#" + userId;
        }
        return directory.displayNames(List.of(userId)).getOrDefault(userId, String.valueOf(userId));
    }

    private List<ApprovalTask> tasks(List<Object[]> rows) {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        return rows.stream().map(row -> {
            RequestRow request = (RequestRow) row[1];
            int version = versions.computeIfAbsent(request.flowId(), id -> flows.version(id).version());
            return ((TaskRow) row[0]).toTask(request.toRequest(version));
        }).toList();
    }

    private ApprovalRequest toRequest(RequestRow row) {
        return row.toRequest(flows.version(row.flowId()).version());
    }

    private static String required(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InputRefusedException("reason", "approval.error.reasonRequired");
        }
        return text;
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIST));
    }

    private AccessDeniedException denied(String what) {
        audit.record(AuditEvent.security("access.denied", "ApprovalRequest", what, List.of()));
        return new AccessDeniedException("approval");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
