package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.Milestone;
import org.mosaiccrm.contract.MilestoneKind;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewMilestone;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.Subject;

/**
 * Deliveries and obligations (交付与履约) on the build's database: planned from the draft on, done once
 * signed (never in the future), late when their day passed; a done one stays as it is; refusals name
 * the field; the contract's version moves with every change; scope; audit.
 */
class ContractMilestonesTest {

    private static final LocalDate TODAY = LocalDate.now();

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "合肥滨湖智能装备有限公司", "0551 6666 8888", "合肥");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private String refused(Runnable work) {
        return module.refusal(module.rep, work);
    }

    private List<String> shown(long contractId) {
        return as(module.rep, () -> module.milestones.milestones(contractId)).stream()
                .map(m -> m.kind() + " " + m.title() + " " + m.dueDate() + " " + m.status() + (m.doneOn() == null ? "" : " " + m.doneOn()))
                .toList();
    }

    @Test
    void milestonesArePlannedOnTheDraftAndDoneOnceSignedLateOnesSaySo() {
        Contract draft = as(module.rep, () -> module.contracts.create(new NewContract("产线改造合同", "sales", customerId,
                new BigDecimal("500000"), "CNY", null, null, null, "", "")));
        Contract planned = as(module.rep, () -> module.milestones.addMilestone(draft.id(), new NewMilestone(MilestoneKind.DELIVERY,
                "  设备到货  ", TODAY.minusDays(3), 7), draft.version()));
        assertTrue(planned.version() > draft.version(), "the contract's version moves on with its milestones");
        Contract twice = as(module.rep, () -> module.milestones.addMilestone(draft.id(), new NewMilestone(MilestoneKind.OBLIGATION,
                "操作培训", TODAY.plusDays(20), 3), planned.version()));
        assertEquals(List.of("DELIVERY 设备到货 " + TODAY.minusDays(3) + " LATE", "OBLIGATION 操作培训 " + TODAY.plusDays(20) + " PENDING"),
                shown(draft.id()), "trimmed, earliest first; past its day and not done: late");
        assertThrows(OptimisticLockException.class, () -> as(module.rep, () -> module.milestones.addMilestone(draft.id(),
                new NewMilestone(MilestoneKind.DELIVERY, "又一次", TODAY, 0), planned.version())), "a stale version is told");

        // refusals name the field; nothing is written
        assertEquals("title contract.error.milestoneTitleRequired", refused(() -> module.milestones.addMilestone(draft.id(),
                new NewMilestone(MilestoneKind.DELIVERY, " ", TODAY, 0), twice.version())));
        assertEquals("kind contract.error.milestoneKind", refused(() -> module.milestones.addMilestone(draft.id(),
                new NewMilestone(null, "验收", TODAY, 0), twice.version())));
        assertEquals("dueDate contract.error.dueDateRequired", refused(() -> module.milestones.addMilestone(draft.id(),
                new NewMilestone(MilestoneKind.DELIVERY, "验收", null, 0), twice.version())));
        assertEquals("remindDaysBefore contract.error.remindDays", refused(() -> module.milestones.addMilestone(draft.id(),
                new NewMilestone(MilestoneKind.DELIVERY, "验收", TODAY, 400), twice.version())));
        long delivery = as(module.rep, () -> module.milestones.milestones(draft.id())).get(0).id();
        assertEquals("status contract.error.notSigned", refused(() -> module.milestones.completeMilestone(draft.id(), delivery, TODAY,
                twice.version())), "done only once signed");
        assertEquals(2, shown(draft.id()).size());

        // signed: the delivery done today, late; the training moved, then done
        Contract approved = as(module.rep, () -> module.contracts.submit(draft.id(), twice.version(), ""));
        Contract signed = as(module.rep, () -> module.contracts.sign(draft.id(), TODAY, TODAY, approved.version()));
        assertEquals("doneOn contract.error.doneOn", refused(() -> module.milestones.completeMilestone(draft.id(), delivery,
                TODAY.plusDays(1), signed.version())), "not done in the future");
        Contract done = as(module.rep, () -> module.milestones.completeMilestone(draft.id(), delivery, TODAY, signed.version()));
        long training = as(module.rep, () -> module.milestones.milestones(draft.id())).get(1).id();
        Contract moved = as(module.rep, () -> module.milestones.changeMilestone(draft.id(), training, new NewMilestone(
                MilestoneKind.OBLIGATION, "操作培训（两期）", TODAY.plusDays(30), 3), done.version()));
        assertEquals(List.of("DELIVERY 设备到货 " + TODAY.minusDays(3) + " DONE_LATE " + TODAY,
                "OBLIGATION 操作培训（两期） " + TODAY.plusDays(30) + " PENDING"), shown(draft.id()));
        Contract trained = as(module.rep, () -> module.milestones.completeMilestone(draft.id(), training, TODAY, moved.version()));
        assertEquals("OBLIGATION 操作培训（两期） " + TODAY.plusDays(30) + " DONE " + TODAY, shown(draft.id()).get(1));

        // a done one stays as it is
        assertEquals("milestoneId contract.error.milestoneDone", refused(() -> module.milestones.removeMilestone(draft.id(), delivery,
                trained.version())));
        assertEquals("milestoneId contract.error.milestoneDone", refused(() -> module.milestones.changeMilestone(draft.id(), delivery,
                new NewMilestone(MilestoneKind.DELIVERY, "设备到货", TODAY, 0), trained.version())));

        // terminated: closed to planning
        Contract terminated = as(module.rep, () -> module.contracts.terminate(draft.id(), TODAY, "客户搬迁", trained.version()));
        assertEquals("status contract.error.closed", refused(() -> module.milestones.addMilestone(draft.id(), new NewMilestone(
                MilestoneKind.DELIVERY, "补发配件", TODAY, 0), terminated.version())));

        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        assertEquals(5, as(auditor, () -> module.customer.security.auditLog.find(new AuditQuery(null, ContractService.MODULE_ID, null,
                null, null, null, 200))).stream().filter(entry -> entry.recordType().equals("Milestone")).count(),
                "two planned, one done, one changed, one done");
    }

    @Test
    void anotherRepNeitherSeesNorChangesThem() {
        Contract draft = as(module.rep, () -> module.contracts.create(new NewContract("产线改造合同", "sales", customerId,
                new BigDecimal("500000"), "CNY", null, null, null, "", "")));
        Contract planned = as(module.rep, () -> module.milestones.addMilestone(draft.id(), new NewMilestone(MilestoneKind.DELIVERY,
                "设备到货", TODAY.plusDays(3), 7), draft.version()));
        assertThrows(NoSuchElementException.class, () -> as(module.otherRep, () -> module.milestones.milestones(draft.id())));
        Milestone milestone = as(module.rep, () -> module.milestones.milestones(draft.id())).get(0);
        assertThrows(RuntimeException.class, () -> as(module.otherRep, () -> module.milestones.removeMilestone(draft.id(),
                milestone.id(), planned.version())));
        assertEquals(1, as(module.rep, () -> module.milestones.milestones(draft.id())).size());
    }
}
