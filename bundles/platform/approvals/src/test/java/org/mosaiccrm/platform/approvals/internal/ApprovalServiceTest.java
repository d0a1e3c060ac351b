package org.mosaiccrm.platform.approvals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovalFlow;
import org.mosaiccrm.platform.approval.ApprovalHistoryEntry;
import org.mosaiccrm.platform.approval.ApprovalRequest;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.DefaultFlow;
import org.mosaiccrm.platform.approval.StepCondition;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.mail.service.internal.MailOutboxService;
import org.mosaiccrm.platform.mail.service.internal.TestOutbox;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.notifications.internal.NotificationService;
import org.mosaiccrm.platform.notifications.internal.TestNotifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestClock;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.mosaiccrm.platform.security.service.internal.user.DatabaseUserDirectory;

/**
 * The approval engine on the build's database, with the real security module (users, teams, roles),
 * the real notification centre and a quote type as a module registers one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalServiceTest {

    private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");

    private SecurityFixture security;
    private Subject ren;
    private Subject lena;
    private Subject boss;
    private Subject carl;
    private Subject cora;
    private Subject dora;
    private Subject max;
    private Subject pam;
    private DatabaseUserDirectory directory;

    private TestDatabase approvalsDatabase;
    private TestDatabase notificationsDatabase;
    private TestDatabase mailDatabase;
    private ModuleDatabase database;
    private ModuleDatabase notificationsModule;
    private ModuleDatabase mailModule;
    private TestClock clock;
    private TestQuotes quotes;
    private ApprovalTypes types;
    private FlowService flows;
    private ApprovalService approvals;
    private Notifications notifications;

    @BeforeAll
    void users() {
        security = new SecurityFixture("approvals");
        boss = security.user("boss", security.team("Board").id(), "sales-manager");
        Team sales = security.team("Sales");
        lena = security.user("lena", sales.id(), "sales-manager");
        Team east = security.team("East");
        ren = security.user("ren", east.id(), "sales-rep");
        max = security.user("max", east.id(), "sales-manager");
        CurrentSubject.runAs(security.admin(), () -> {
            security.users.saveTeam(new Team(east.id(), "East", lena.userId()));
            security.users.saveTeam(new Team(sales.id(), "Sales", boss.userId()));
        });
        carl = security.user("carl", null, "contract-manager");
        cora = security.user("cora", null, "contract-manager");
        dora = security.user("dora", null, "analyst");
        pam = security.user("pam", null, "process-admin");
        directory = new DatabaseUserDirectory(security.database, security.policy, security.grants);
    }

    @AfterAll
    void closeUsers() {
        security.close();
    }

    @BeforeEach
    void open() {
        approvalsDatabase = TestDatabase.open("approvals", "approvals", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(ApprovalsDatabase.unit()).close());
        notificationsDatabase = TestDatabase.open("apprnotif", "notifications", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(NotificationService.unit()).close());
        mailDatabase = TestDatabase.open("apprmail", "mail", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(MailOutboxService.unit()).close());
        database = new DataSourceModuleDatabases(approvalsDatabase.dataSource(), security.modules()).open(ApprovalsDatabase.unit());
        notificationsModule = new DataSourceModuleDatabases(notificationsDatabase.dataSource(), security.modules())
                .open(NotificationService.unit());
        mailModule = new DataSourceModuleDatabases(mailDatabase.dataSource(), security.modules()).open(MailOutboxService.unit());
        clock = new TestClock(NINE);
        notifications = TestNotifications.centre(notificationsModule, security.policy, security.auditLog,
                TestOutbox.withoutServer(mailModule, security.policy, clock), clock, new ApprovalNotificationKinds());
        quotes = new TestQuotes();
        types = new ApprovalTypes();
        types.addType(quotes);
        flows = new FlowService(database, types, security.policy, security.auditLog, clock);
        approvals = new ApprovalService(database, types, flows, security.policy, directory, notifications, security.auditLog, clock);
    }

    @AfterEach
    void close() {
        database.close();
        notificationsModule.close();
        mailModule.close();
        approvalsDatabase.close();
        notificationsDatabase.close();
        mailDatabase.close();
    }

    private <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    private void run(Subject subject, Runnable work) {
        CurrentSubject.runAs(subject, work);
    }

    private void refused(String key, Subject subject, Executable call) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CurrentSubject.runAs(subject, () -> {
            try {
                call.execute();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }));
        assertEquals(key, refused.getMessage());
    }

    private static ApprovalStep step(String name, ApproverRule rule, StepMode mode, StepCondition condition) {
        return new ApprovalStep(name, rule, mode, condition, null, false, 0);
    }

    /** Team lead for a discount of 10 % or more; for 100,000 or more also both contract managers (会签). */
    private ApprovalFlow discountFlow() {
        return as(pam, this::saveDiscountFlow);
    }

    private ApprovalFlow saveDiscountFlow() {
        return flows.save(TestQuotes.TYPE, "报价折扣审批", List.of(
                step("组长审批", ApproverRule.teamLead(1), StepMode.SEQUENTIAL,
                        new StepCondition("discount", StepCondition.Operator.AT_LEAST, List.of("10"))),
                step("合同经理会签", ApproverRule.role("contract-manager"), StepMode.ALL,
                        new StepCondition("amount", StepCondition.Operator.AT_LEAST, List.of("100000")))));
    }

    private ApprovalTask onlyTaskOf(Subject approver) {
        List<ApprovalTask> waiting = as(approver, () -> approvals.waitingForMe(50));
        assertEquals(1, waiting.size(), approver.username() + " " + waiting);
        return waiting.get(0);
    }

    private List<String> actions(long quoteId) {
        return as(ren, () -> approvals.history(TestQuotes.TYPE, quoteId)).stream().map(ApprovalHistoryEntry::action).toList();
    }

    @Test
    void onlyTheProcessAdministratorKeepsFlowsAndEachSaveIsANewVersion() {
        assertThrows(AccessDeniedException.class, () -> run(lena, this::saveDiscountFlow));
        assertThrows(AccessDeniedException.class, () -> run(security.admin(), this::saveDiscountFlow), "not the user administrator's");
        ApprovalFlow first = discountFlow();
        assertEquals(1, first.version());
        ApprovalFlow second = discountFlow();
        assertEquals(2, second.version());
        assertEquals(second, as(pam, () -> flows.flow(TestQuotes.TYPE)).orElseThrow());
        assertEquals(List.of(second), as(pam, flows::flows));
        assertEquals(List.of("amount", "discount", "category"),
                as(pam, flows::types).get(0).fields().stream().map(f -> f.name()).toList());

        refused("approval.error.noSteps", pam, () -> flows.save(TestQuotes.TYPE, "空", List.of()));
        refused("approval.error.conditionField", pam, () -> flows.save(TestQuotes.TYPE, "x", List.of(step("a",
                ApproverRule.teamLead(1), StepMode.ANY, new StepCondition("price", StepCondition.Operator.AT_LEAST, List.of("1"))))));
        refused("approval.error.conditionOperator", pam, () -> flows.save(TestQuotes.TYPE, "x", List.of(step("a",
                ApproverRule.teamLead(1), StepMode.ANY, new StepCondition("amount", StepCondition.Operator.IN, List.of("1"))))));
        refused("approval.error.conditionValue", pam, () -> flows.save(TestQuotes.TYPE, "x", List.of(step("a",
                ApproverRule.teamLead(1), StepMode.ANY, new StepCondition("amount", StepCondition.Operator.AT_LEAST, List.of("十万"))))));
        refused("approval.error.stepApprovers", pam, () -> flows.save(TestQuotes.TYPE, "x", List.of(step("a",
                ApproverRule.role(""), StepMode.ANY, null))));
        refused("approval.error.unknownType", pam, () -> flows.save("no.such", "x", List.of(step("a", ApproverRule.teamLead(1),
                StepMode.ANY, null))));
        assertEquals(2, as(pam, () -> flows.flow(TestQuotes.TYPE)).orElseThrow().version(), "nothing saved by a refusal");
    }

    @Test
    void aTypesShippedFlowIsItsFirstVersionUntilTheProcessAdministratorChangesIt() {
        quotes.shipped = new DefaultFlow("出厂审批", List.of(step("组长审批", ApproverRule.teamLead(1), StepMode.SEQUENTIAL, null),
                step("合同经理", ApproverRule.role("contract-manager"), StepMode.ANY,
                        new StepCondition("amount", StepCondition.Operator.AT_LEAST, List.of("100000")))));
        quotes.put(1, ren.userId(), "50000", "0", "standard");
        assertTrue(as(ren, () -> approvals.needsApproval(TestQuotes.TYPE, 1)), "the shipped flow applies before anyone saved one");
        ApprovalFlow first = as(pam, () -> flows.flow(TestQuotes.TYPE)).orElseThrow();
        assertEquals(1, first.version());
        assertEquals("出厂审批", first.name());
        assertEquals("module test", first.savedBy());
        assertTrue(first.shipped(), "the flow editor says it comes with the module");
        assertEquals(List.of(first), as(pam, flows::flows), "kept once, however often it is asked for");

        as(ren, () -> approvals.submit(TestQuotes.TYPE, 1, ""));
        run(lena, () -> approvals.approve(onlyTaskOf(lena).id(), ""));
        assertEquals(List.of("APPROVED 1"), quotes.told, "below the amount: the team lead alone");

        as(pam, () -> flows.deactivate(TestQuotes.TYPE));
        quotes.put(2, ren.userId(), "500000", "0", "standard");
        assertFalse(as(ren, () -> approvals.needsApproval(TestQuotes.TYPE, 2)), "switched off stays off: the shipped flow does not come back");
        ApprovalFlow off = as(pam, () -> flows.flow(TestQuotes.TYPE)).orElseThrow();
        assertEquals(2, off.version());
        assertFalse(off.shipped(), "switched off by the process administrator");
    }

    @Test
    void aShippedFlowThatCannotWorkAsksForNoApproval() {
        quotes.shipped = new DefaultFlow("坏的", List.of(step("组长审批", ApproverRule.teamLead(1), StepMode.SEQUENTIAL,
                new StepCondition("no such field", StepCondition.Operator.AT_LEAST, List.of("1")))));
        quotes.put(1, ren.userId(), "50000", "0", "standard");
        assertFalse(as(ren, () -> approvals.needsApproval(TestQuotes.TYPE, 1)));
        assertTrue(as(pam, () -> flows.flow(TestQuotes.TYPE)).isEmpty(), "nothing kept");
    }

    @Test
    void aDiscountedQuoteGoesToTheTeamLeadIsLockedAndApproved() {
        discountFlow();
        quotes.put(1, ren.userId(), "50000", "15", "standard");
        quotes.put(2, ren.userId(), "50000", "5", "standard");
        assertTrue(as(ren, () -> approvals.needsApproval(TestQuotes.TYPE, 1)));
        assertFalse(as(ren, () -> approvals.needsApproval(TestQuotes.TYPE, 2)), "no step applies to a small discount");
        refused("approval.error.noStep", ren, () -> approvals.submit(TestQuotes.TYPE, 2, ""));
        assertThrows(AccessDeniedException.class, () -> run(max, () -> approvals.submit(TestQuotes.TYPE, 1, "")), "not his quote");

        ApprovalRequest request = as(ren, () -> approvals.submit(TestQuotes.TYPE, 1, "大客户，请批准"));
        assertEquals(ApprovalRequest.State.PENDING, request.state());
        assertEquals(0, request.step());
        refused("approval.error.locked", ren, () -> approvals.requireNotPending(TestQuotes.TYPE, 1));
        refused("approval.error.pending", ren, () -> approvals.submit(TestQuotes.TYPE, 1, ""));
        assertEquals(1L, as(lena, approvals::waitingForMeCount));
        assertEquals(1L, as(lena, notifications::unreadCount), "the lead is told");
        assertEquals("approval.task", as(lena, () -> notifications.mine(5)).get(0).kind());
        assertEquals(List.of(), as(ren, () -> approvals.waitingForMe(10)));

        ApprovalTask task = onlyTaskOf(lena);
        assertEquals("组长审批", task.stepName());
        assertEquals("Q-1", task.request().title());
        assertThrows(AccessDeniedException.class, () -> run(max, () -> approvals.approve(task.id(), "")), "not his task");
        run(lena, () -> approvals.approve(task.id(), "同意"));

        assertEquals(ApprovalRequest.State.APPROVED, as(ren, () -> approvals.submittedByMe(5)).get(0).state());
        assertEquals(List.of("APPROVED 1"), quotes.told);
        assertEquals(0L, as(lena, approvals::waitingForMeCount));
        assertEquals(1, as(lena, () -> approvals.doneByMe(5)).size());
        assertEquals(List.of("SUBMITTED", "APPROVED", "DECIDED"), actions(1));
        assertEquals("approval.notice.approved", as(ren, () -> notifications.mine(5)).get(0).textKey());
        as(ren, () -> {
            approvals.requireNotPending(TestQuotes.TYPE, 1);
            return null;
        });
    }

    @Test
    void allMustApproveWithAnApproverAddedBeforeOneself() {
        discountFlow();
        quotes.put(3, ren.userId(), "250000", "12", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 3, ""));
        run(lena, () -> approvals.approve(onlyTaskOf(lena).id(), ""));
        ApprovalTask carls = onlyTaskOf(carl);
        ApprovalTask coras = onlyTaskOf(cora);
        assertEquals(1, carls.step());

        refused("approval.error.addApprover", carl, () -> approvals.addApprover(carls.id(), ren.userId(), true));
        run(carl, () -> approvals.addApprover(carls.id(), dora.userId(), true));
        assertEquals(0L, as(carl, approvals::waitingForMeCount), "carl waits for dora now");
        run(dora, () -> approvals.approve(onlyTaskOf(dora).id(), "可以"));
        run(carl, () -> approvals.approve(onlyTaskOf(carl).id(), ""));
        assertEquals(ApprovalRequest.State.PENDING, as(ren, () -> approvals.pending(TestQuotes.TYPE, 3)).orElseThrow().state(),
                "cora has not yet");
        run(cora, () -> approvals.approve(coras.id(), ""));
        assertEquals(List.of("APPROVED 3"), quotes.told);
    }

    @Test
    void twoApproversOfOneStepDecidingAtOnceFinishItTogether() throws Exception {
        as(pam, () -> flows.save(TestQuotes.TYPE, "会签", List.of(step("会签", ApproverRule.users(carl.userId(), cora.userId()),
                StepMode.ALL, null))));
        for (long id = 20; id < 25; id++) {
            quotes.put(id, ren.userId(), "1000", "0", "standard");
            long quote = id;
            run(ren, () -> approvals.submit(TestQuotes.TYPE, quote, ""));
        }
        for (ApprovalTask carls : as(carl, () -> approvals.waitingForMe(10))) {
            ApprovalTask coras = as(cora, () -> approvals.waitingForMe(10)).stream()
                    .filter(t -> t.request().id() == carls.request().id()).findFirst().orElseThrow();
            java.util.concurrent.CompletableFuture<Void> first = java.util.concurrent.CompletableFuture.runAsync(
                    () -> run(carl, () -> approvals.approve(carls.id(), "")));
            java.util.concurrent.CompletableFuture<Void> second = java.util.concurrent.CompletableFuture.runAsync(
                    () -> run(cora, () -> approvals.approve(coras.id(), "")));
            first.get();
            second.get();
        }
        assertEquals(5, quotes.told.stream().filter(t -> t.startsWith("APPROVED")).count(), "no request left hanging: " + quotes.told);
    }

    @Test
    void anyOneApprovesAndTheOthersAreReleased() {
        as(pam, () -> flows.save(TestQuotes.TYPE, "或签", List.of(step("合同经理或签", ApproverRule.role("contract-manager"),
                StepMode.ANY, null))));
        quotes.put(4, ren.userId(), "1000", "0", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 4, ""));
        ApprovalTask coras = onlyTaskOf(cora);
        run(carl, () -> approvals.approve(onlyTaskOf(carl).id(), ""));
        assertEquals(List.of("APPROVED 4"), quotes.told);
        refused("approval.error.notWaiting", cora, () -> approvals.approve(coras.id(), ""));
        assertEquals(0L, as(cora, approvals::waitingForMeCount));
    }

    @Test
    void aRejectionNeedsAReasonAndRestoresTheQuote() {
        discountFlow();
        quotes.put(5, ren.userId(), "50000", "30", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 5, ""));
        quotes.put(5, ren.userId(), "1", "99", "standard"); // changed behind the engine's back: the snapshot wins
        ApprovalTask task = onlyTaskOf(lena);
        refused("approval.error.reasonRequired", lena, () -> approvals.reject(task.id(), "  "));
        run(lena, () -> approvals.reject(task.id(), "折扣过高"));
        assertEquals("50000", quotes.quotes.get(5L).amount().toPlainString());
        assertEquals("30", quotes.quotes.get(5L).discount().toPlainString());
        assertEquals(List.of("restored 5", "REJECTED 5"), quotes.told);
        assertEquals("approval.notice.rejected", as(ren, () -> notifications.mine(5)).get(0).textKey());
        assertEquals(List.of("Q-5", "REJECTED", "折扣过高"), as(ren, () -> notifications.mine(5)).get(0).args());
        assertTrue(as(ren, () -> approvals.pending(TestQuotes.TYPE, 5)).isEmpty(), "unlocked: the rep may change and submit again");
    }

    @Test
    void theSubmitterNeverApprovesTheirOwnQuoteEvenHoldingTheApproverRole() {
        as(pam, () -> flows.save(TestQuotes.TYPE, "经理审批", List.of(step("销售经理", ApproverRule.role("sales-manager"),
                StepMode.ANY, null))));
        quotes.put(6, max.userId(), "1000", "20", "standard");
        run(max, () -> approvals.submit(TestQuotes.TYPE, 6, ""));
        assertEquals(0L, as(max, approvals::waitingForMeCount), "max manages sales but is the submitter");
        assertEquals(1L, as(lena, approvals::waitingForMeCount));

        as(pam, () -> flows.save(TestQuotes.TYPE, "只有本人", List.of(step("本人", ApproverRule.users(max.userId()),
                StepMode.ANY, null))));
        quotes.put(7, max.userId(), "1000", "20", "standard");
        refused("approval.error.noApprover", max, () -> approvals.submit(TestQuotes.TYPE, 7, ""));
    }

    @Test
    void aPersonWhoAppearsTwiceApprovesOnce() {
        as(pam, () -> flows.save(TestQuotes.TYPE, "两级", List.of(
                step("一级", ApproverRule.users(lena.userId()), StepMode.SEQUENTIAL, null),
                step("二级", ApproverRule.users(lena.userId(), carl.userId()), StepMode.ALL, null))));
        quotes.put(8, ren.userId(), "1000", "20", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 8, ""));
        run(lena, () -> approvals.approve(onlyTaskOf(lena).id(), ""));
        assertEquals(0L, as(lena, approvals::waitingForMeCount), "her approval of step one counts for step two");
        run(carl, () -> approvals.approve(onlyTaskOf(carl).id(), ""));
        assertEquals(List.of("APPROVED 8"), quotes.told);
        assertTrue(actions(8).contains("AUTO_PASSED"));
    }

    @Test
    void oneAfterAnotherWithTransferSendBackAndWithdrawal() {
        as(pam, () -> flows.save(TestQuotes.TYPE, "顺序", List.of(
                step("组长", ApproverRule.teamLead(1), StepMode.SEQUENTIAL, null),
                step("合同", ApproverRule.users(carl.userId(), cora.userId()), StepMode.SEQUENTIAL, null))));
        quotes.put(9, ren.userId(), "1000", "20", "standard");
        ApprovalRequest request = as(ren, () -> approvals.submit(TestQuotes.TYPE, 9, ""));
        run(lena, () -> approvals.approve(onlyTaskOf(lena).id(), ""));
        assertEquals(0L, as(cora, approvals::waitingForMeCount), "cora after carl");
        run(carl, () -> approvals.transfer(onlyTaskOf(carl).id(), dora.userId(), "我出差"));
        run(dora, () -> approvals.approve(onlyTaskOf(dora).id(), ""));
        ApprovalTask coras = onlyTaskOf(cora);
        refused("approval.error.sendBack", cora, () -> approvals.sendBack(coras.id(), 1, "x"));
        run(cora, () -> approvals.sendBack(coras.id(), 0, "请组长再看"));
        assertEquals(1L, as(lena, approvals::waitingForMeCount), "back at the first step");
        assertThrows(AccessDeniedException.class, () -> run(lena, () -> approvals.withdraw(request.id())), "only the submitter");
        run(ren, () -> approvals.comment(request.id(), "已补充材料"));
        run(ren, () -> approvals.withdraw(request.id()));
        assertEquals(0L, as(lena, approvals::waitingForMeCount));
        assertEquals(List.of("restored 9", "WITHDRAWN 9"), quotes.told);
        assertEquals(List.of("SUBMITTED", "APPROVED", "TRANSFERRED", "APPROVED", "SENT_BACK", "COMMENTED", "WITHDRAWN", "DECIDED"),
                actions(9));
    }

    @Test
    void aRecordInFlightKeepsItsFlowVersionAndAnAbsentLeadsTasksGoToTheDeputy() {
        as(pam, () -> flows.save(TestQuotes.TYPE, "一级", List.of(step("组长", ApproverRule.teamLead(1), StepMode.ANY, null))));
        run(lena, () -> approvals.delegate(max.userId(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(max.userId(), as(lena, approvals::delegation).orElseThrow().deputyId());
        quotes.put(10, ren.userId(), "1000", "20", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 10, ""));
        as(pam, () -> flows.save(TestQuotes.TYPE, "两级", List.of(step("组长", ApproverRule.teamLead(1), StepMode.ANY, null),
                step("合同", ApproverRule.users(carl.userId()), StepMode.ANY, null))));
        ApprovalTask deputy = onlyTaskOf(max);
        assertEquals(lena.userId(), deputy.delegatorId());
        assertEquals(1, deputy.request().flowVersion());
        assertEquals(0L, as(lena, approvals::waitingForMeCount), "away");
        run(max, () -> approvals.approve(deputy.id(), ""));
        assertEquals(List.of("APPROVED 10"), quotes.told, "version 1 had one step");
        run(lena, approvals::endDelegation);
        assertTrue(as(lena, approvals::delegation).isEmpty());
        refused("approval.error.deputy", lena, () -> approvals.delegate(lena.userId(), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aStepWaitingPastItsLimitRemindsThenGoesToTheApproversLead() {
        as(pam, () -> flows.save(TestQuotes.TYPE, "时限", List.of(new ApprovalStep("组长", ApproverRule.teamLead(1),
                StepMode.ANY, null, null, false, 4))));
        quotes.put(11, ren.userId(), "1000", "20", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 11, ""));
        assertEquals(0, approvals.remindAndEscalate());
        clock.advance(Duration.ofHours(4));
        assertEquals(1, approvals.remindAndEscalate());
        assertEquals("approval.reminder", as(lena, () -> notifications.mine(5)).get(0).kind());
        assertEquals(0, approvals.remindAndEscalate(), "reminded once");
        clock.advance(Duration.ofHours(4));
        assertEquals(1, approvals.remindAndEscalate());
        assertEquals(0L, as(lena, approvals::waitingForMeCount));
        ApprovalTask escalated = onlyTaskOf(boss);
        assertNull(escalated.delegatorId());
        assertTrue(actions(11).containsAll(List.of("REMINDED", "ESCALATED")));
    }

    @Test
    void aTypeWhoseModuleIsGoneLeavesMyApprovalsAndComesBackWithIt() {
        discountFlow();
        quotes.put(12, ren.userId(), "1000", "20", "standard");
        run(ren, () -> approvals.submit(TestQuotes.TYPE, 12, ""));
        types.removeType(quotes);
        assertEquals(List.of(), as(lena, () -> approvals.waitingForMe(10)));
        assertEquals(0L, as(lena, approvals::waitingForMeCount));
        types.addType(quotes);
        assertEquals(1L, as(lena, approvals::waitingForMeCount));
    }
}
