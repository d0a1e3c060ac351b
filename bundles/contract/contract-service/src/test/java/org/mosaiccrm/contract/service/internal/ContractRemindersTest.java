package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.MilestoneKind;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.contract.NewMilestone;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.notification.Notification;
import org.mosaiccrm.platform.security.Subject;

/**
 * Contract reminders on the build's database through the real notification centre, the days moved
 * by hand: instalments falling due (their days before) and overdue, each told once; expiry notices at
 * 90, 60 and 30 days, the nearest only for a contract found late; nothing for a paid instalment nor
 * for a contract not yet signed.
 */
class ContractRemindersTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private ContractModule module;
    private ContractReminders reminders;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        reminders = new ContractReminders(module.database(), module.approvals.notifications, new int[] { 30, 90, 60 });
        customerId = module.customerOf(module.rep, "厦门鹭岛物流有限公司", "0592 5555 1234", "厦门");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private Contract draft(String title, LocalDate end) {
        return as(module.rep, () -> module.contracts.create(new NewContract(title, "service", customerId, new BigDecimal("90000"),
                "CNY", new BigDecimal("6"), TODAY.minusMonths(1), end, "", "")));
    }

    private Contract plan(Contract contract, LocalDate due, String amount, int daysBefore) {
        return as(module.rep, () -> module.payments.addInstalment(contract.id(), new NewInstalment(due, new BigDecimal(amount),
                daysBefore), contract.version()));
    }

    private Contract sign(Contract contract) {
        Contract approved = as(module.rep, () -> module.contracts.submit(contract.id(), contract.version(), ""));
        return as(module.rep, () -> module.contracts.sign(approved.id(), LocalDate.now(), LocalDate.now(), approved.version()));
    }

    /** The rep's notifications, oldest first, as kind and arguments. */
    private List<String> told() {
        return as(module.rep, () -> module.approvals.notifications.mine(100)).stream()
                .sorted(java.util.Comparator.comparing(Notification::id))
                .map(n -> n.kind() + " " + String.join(" | ", n.args())).toList();
    }

    @Test
    void paymentsFallingDueAndOverdueAreToldOnceAndPaidOnesNever() {
        Contract contract = draft("仓储服务合同", TODAY.plusYears(2));
        contract = plan(contract, TODAY.minusDays(2), "30000", 7);
        contract = plan(contract, TODAY.plusDays(5), "30000", 7);
        contract = plan(contract, TODAY.plusDays(30), "30000", 7);
        assertEquals(0, reminders.remind(TODAY), "a draft's plan waits for the signature");
        Contract signed = sign(contract);
        String number = signed.number();

        assertEquals(2, reminders.remind(TODAY));
        assertEquals(List.of(
                "contract.instalment-overdue " + number + " | 1 | " + TODAY.minusDays(2) + " | 30,000.00 CNY",
                "contract.instalment-due " + number + " | 2 | " + TODAY.plusDays(5) + " | 30,000.00 CNY"), told());
        assertEquals(0, reminders.remind(TODAY), "each told once");
        assertEquals("contract/contracts/" + signed.id(), as(module.rep, () -> module.approvals.notifications.mine(1)).get(0).route());

        // the third is paid in full before its reminder: never told; the second passes its due date unpaid
        List<Instalment> plan = as(module.finance, () -> module.payments.instalments(signed.id()));
        as(module.finance, () -> module.payments.recordReceipt(signed.id(), new NewReceipt(plan.get(2).id(), LocalDate.now(),
                new BigDecimal("30000"), ReceiptMethod.BANK_TRANSFER, ""), signed.version()));
        assertEquals(1, reminders.remind(TODAY.plusDays(40)));
        assertEquals("contract.instalment-overdue " + number + " | 2 | " + TODAY.plusDays(5) + " | 30,000.00 CNY",
                told().get(2));
    }

    private Contract milestone(Contract contract, MilestoneKind kind, String title, LocalDate due) {
        return as(module.rep, () -> module.milestones.addMilestone(contract.id(), new NewMilestone(kind, title, due, 7),
                contract.version()));
    }

    @Test
    void deliveriesAndObligationsFallingDueAndLateAreToldOnceAndDoneOnesNever() {
        Contract contract = draft("仓储服务合同", TODAY.plusYears(2));
        contract = milestone(contract, MilestoneKind.DELIVERY, "首批货架交付", TODAY.minusDays(1));
        contract = milestone(contract, MilestoneKind.OBLIGATION, "季度巡检", TODAY.plusDays(3));
        contract = milestone(contract, MilestoneKind.OBLIGATION, "年度培训", TODAY.plusDays(60));
        assertEquals(0, reminders.remind(TODAY), "a draft's milestones wait for the signature");
        Contract signed = sign(contract);
        String number = signed.number();

        assertEquals(2, reminders.remind(TODAY));
        assertEquals(List.of("contract.milestone-late " + number + " | 首批货架交付 | " + TODAY.minusDays(1),
                "contract.milestone-due " + number + " | 季度巡检 | " + TODAY.plusDays(3)), told());
        assertEquals(0, reminders.remind(TODAY), "each told once");

        // the training is done before its reminder: never told; the inspection passes its day not done
        long training = as(module.rep, () -> module.milestones.milestones(signed.id())).get(2).id();
        as(module.rep, () -> module.milestones.completeMilestone(signed.id(), training, LocalDate.now(), signed.version()));
        assertEquals(1, reminders.remind(TODAY.plusDays(70)));
        assertEquals("contract.milestone-late " + number + " | 季度巡检 | " + TODAY.plusDays(3), told().get(2));
    }

    @Test
    void aSignedContractEndingIsToldAtNinetySixtyAndThirtyDays() {
        Contract ending = sign(draft("年度维保合同", TODAY.plusDays(100)));
        long versionBefore = ending.version();
        Contract late = sign(draft("临时仓储合同", TODAY.plusDays(45)));
        draft("未签约的合同", TODAY.plusDays(20));

        assertEquals(1, reminders.remind(TODAY), "45 days left: only the 60-day notice, not the 90-day one too");
        assertEquals(0, reminders.remind(TODAY.plusDays(5)));
        assertEquals(1, reminders.remind(TODAY.plusDays(10)), "90 days left");
        assertEquals(1, reminders.remind(TODAY.plusDays(15)), "30 days left of the late one");
        assertEquals(1, reminders.remind(TODAY.plusDays(40)), "60 days left");
        assertEquals(1, reminders.remind(TODAY.plusDays(70)), "30 days left");
        assertEquals(0, reminders.remind(TODAY.plusDays(99)));
        assertEquals(versionBefore, as(module.rep, () -> module.contracts.find(ending.id())).orElseThrow().version(),
                "told without changing the contract under someone working on it");
        assertEquals(List.of(
                "contract.expiring " + late.number() + " | 临时仓储合同 | " + TODAY.plusDays(45) + " | 45",
                "contract.expiring " + ending.number() + " | 年度维保合同 | " + TODAY.plusDays(100) + " | 90",
                "contract.expiring " + late.number() + " | 临时仓储合同 | " + TODAY.plusDays(45) + " | 30",
                "contract.expiring " + ending.number() + " | 年度维保合同 | " + TODAY.plusDays(100) + " | 60",
                "contract.expiring " + ending.number() + " | 年度维保合同 | " + TODAY.plusDays(100) + " | 30"), told());
    }

    @Test
    void expiryNoticesAreConfiguredAsDays() {
        assertArrayEquals(new int[] { 120, 30 }, ContractReminders.notices(" 120, 30 "));
        assertArrayEquals(new int[] { 90, 60, 30 }, ContractReminders.notices("ninety"), "unreadable: the default");
        assertArrayEquals(new int[] { 90, 60, 30 }, ContractReminders.notices("0"));
    }

    @Test
    void aContractIsRenewedOnceByADraftThatFollowsItAndIsNoLongerToldItEnds() {
        Contract ending = sign(draft("年度维保合同", TODAY.plusDays(100)));
        Contract unsigned = draft("未签约的合同", TODAY.plusDays(100));
        assertEquals("contract.error.notRenewable", assertThrows(InputRefusedException.class,
                () -> as(module.rep, () -> module.contracts.renew(unsigned.id(), unsigned.version()))).getMessage());

        Contract next = as(module.rep, () -> module.contracts.renew(ending.id(), ending.version()));
        assertEquals(ContractStatus.DRAFT, next.status());
        assertEquals(ending.id(), next.predecessorId());
        assertEquals("年度维保合同", next.title());
        assertEquals(ending.amount(), next.amount());
        assertEquals(TODAY.plusDays(101), next.startDate(), "from the day after it ends");
        assertEquals(next.startDate().plusDays(ending.endDate().toEpochDay() - ending.startDate().toEpochDay()), next.endDate(),
                "for as long as it ran");
        assertEquals(Optional.of(next.id()), as(module.rep, () -> module.contracts.successorOf(ending.id())).map(Contract::id));
        Contract renewedOne = as(module.rep, () -> module.contracts.find(ending.id())).orElseThrow();
        assertEquals("contract.error.renewedAlready", assertThrows(InputRefusedException.class,
                () -> as(module.rep, () -> module.contracts.renew(renewedOne.id(), renewedOne.version()))).getMessage());
        assertEquals(0, reminders.remind(TODAY.plusDays(10)), "renewed: no 90-day notice");

        as(module.rep, () -> module.contracts.voidContract(next.id(), "客户不再续约", next.version()));
        assertEquals(1, reminders.remind(TODAY.plusDays(10)), "its renewal voided: told again");
    }
}
