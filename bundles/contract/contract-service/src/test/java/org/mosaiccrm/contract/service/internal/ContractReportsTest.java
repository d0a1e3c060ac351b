package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Ageing;
import org.mosaiccrm.contract.AgeingLine;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractGrouping;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.Subject;

/**
 * The receivables ageing (账龄分析) on the build's database with the real customer core and security
 * module: what signed contracts owe past due, by days overdue, per owner and per customer; kept in step
 * by receipts, plan changes and termination, counted anew as the days pass and after a customer merge;
 * each reader sees their scope, and only who may see amounts sees it at all.
 */
class ContractReportsTest {

    private static final LocalDate TODAY = LocalDate.now();

    private ContractModule module;
    private final AtomicReference<LocalDate> today = new AtomicReference<>(TODAY);
    private JpaContractReports reports;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        reports = new JpaContractReports(module.database(), module.customer.security.policy, today::get);
        customerId = module.customerOf(module.rep, "无锡太湖精密机械有限公司", "0510 8888 1234", "无锡");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    /** A signed contract of {@code owner}'s with instalments of {@code amounts} due {@code daysFromToday}. */
    private Contract signed(Subject owner, long customer, String amount, int[] daysFromToday, String... amounts) {
        Contract contract = as(owner, () -> module.contracts.create(new NewContract("设备维保合同", "service", customer,
                new BigDecimal(amount), "CNY", new BigDecimal("13"), TODAY.minusYears(1), TODAY.plusYears(1), "", "")));
        for (int i = 0; i < amounts.length; i++) {
            Contract planned = contract;
            NewInstalment instalment = new NewInstalment(TODAY.plusDays(daysFromToday[i]), new BigDecimal(amounts[i]), 7);
            contract = as(owner, () -> module.payments.addInstalment(planned.id(), instalment, planned.version()));
        }
        Contract draft = contract;
        Contract approved = as(owner, () -> module.contracts.submit(draft.id(), draft.version(), ""));
        return as(owner, () -> module.contracts.sign(approved.id(), TODAY, TODAY, approved.version()));
    }

    private Contract receive(Contract contract, int instalment, String amount) {
        Instalment paid = as(module.finance, () -> module.payments.instalments(contract.id())).get(instalment);
        return as(module.finance, () -> module.payments.recordReceipt(contract.id(), new NewReceipt(paid.id(), TODAY,
                new BigDecimal(amount), ReceiptMethod.BANK_TRANSFER, "工行 2027-0001"), contract.version()));
    }

    /** A line as owner, customer, currency and the four ranges. */
    private static String line(AgeingLine line) {
        return line.ownerId() + " " + line.customerId() + " " + line.currency() + " " + line.days1To30() + " / " + line.days31To60()
                + " / " + line.days61To90() + " / " + line.over90Days() + " = " + line.total();
    }

    private List<String> byOwner(Subject who) {
        return as(who, () -> reports.ageingByOwner()).lines().stream().map(ContractReportsTest::line).toList();
    }

    private List<String> byCustomer(Subject who, Long owner) {
        return as(who, () -> reports.ageingByCustomer(owner, 50)).lines().stream().map(ContractReportsTest::line).toList();
    }

    @Test
    void whatIsOverdueIsAgedByDaysPastDueAndMovesWithReceiptsAndTheDays() {
        long rep = module.rep.userId();
        Contract contract = signed(module.rep, customerId, "100000", new int[] { -10, -45, -100, 5 }, "30000", "20000", "10000",
                "40000");

        Ageing ageing = as(module.manager, () -> reports.ageingByOwner());
        assertEquals(TODAY, ageing.asOf());
        assertEquals(List.of(rep + " null CNY 30000.00 / 20000.00 / 0.00 / 10000.00 = 60000.00"), byOwner(module.manager),
                "10 days overdue, 45 days, 100 days; the instalment not yet due is not overdue");
        assertEquals(List.of(rep + " " + customerId + " CNY 30000.00 / 20000.00 / 0.00 / 10000.00 = 60000.00"),
                byCustomer(module.manager, null));

        // (the plan is numbered by due date) a part paid is no longer overdue; paid in full, the instalment leaves the ageing
        contract = receive(contract, 1, "5000");
        contract = receive(contract, 2, "30000");
        assertEquals(List.of(rep + " null CNY 0.00 / 15000.00 / 0.00 / 10000.00 = 25000.00"), byOwner(module.rep));

        // three weeks on, the report tells the day it counted to until the roll-over job runs: then 31, 66
        // and 121 days overdue, and the fourth instalment 16 days
        today.set(TODAY.plusDays(21));
        assertEquals(TODAY, as(module.rep, () -> reports.ageingByOwner()).asOf());
        ContractReceivables job = new ContractReceivables(module.database());
        assertEquals(true, job.rollOver(TODAY.plusDays(21)));
        assertEquals(false, job.rollOver(TODAY.plusDays(21)), "once a day");
        assertEquals(List.of(rep + " null CNY 40000.00 / 0.00 / 15000.00 / 10000.00 = 65000.00"), byOwner(module.rep));
        assertEquals(TODAY.plusDays(21), as(module.rep, () -> reports.ageingByOwner()).asOf());
        // a receipt then counts to the new day
        receive(contract, 3, "40000");
        assertEquals(List.of(rep + " " + customerId + " CNY 0.00 / 0.00 / 15000.00 / 10000.00 = 25000.00"),
                byCustomer(module.rep, rep));
    }

    @Test
    void eachReaderSeesTheirScopeAndTerminatedContractsAndMergedCustomersAreCountedAnew() {
        long rep = module.rep.userId();
        long other = module.otherRep.userId();
        signed(module.rep, customerId, "50000", new int[] { -5 }, "20000");
        long othersCustomer = module.customerOf(module.otherRep, "常州龙城电子有限公司", "0519 8888 5678", "常州");
        Contract others = signed(module.otherRep, othersCustomer, "90000", new int[] { -70, -20 }, "30000", "60000");

        assertEquals(List.of(rep + " null CNY 20000.00 / 0.00 / 0.00 / 0.00 = 20000.00"), byOwner(module.rep), "the rep's own");
        assertEquals(List.of(), byCustomer(module.rep, other), "another rep's customers are out of reach");
        assertEquals(List.of(other + " null CNY 60000.00 / 0.00 / 30000.00 / 0.00 = 90000.00",
                rep + " null CNY 20000.00 / 0.00 / 0.00 / 0.00 = 20000.00"), byOwner(module.manager), "the team's, the largest first");
        assertEquals(List.of(other + " " + othersCustomer + " CNY 60000.00 / 0.00 / 30000.00 / 0.00 = 90000.00"),
                byCustomer(module.manager, other));
        assertEquals(byOwner(module.manager), byOwner(module.finance), "finance reads every contract's");

        // the customers merge: the other rep's contract now counts for the kept customer
        new ContractReceivables(module.database()).customerMerged(othersCustomer, customerId);
        assertEquals(List.of(other + " " + customerId + " CNY 60000.00 / 0.00 / 30000.00 / 0.00 = 90000.00",
                rep + " " + customerId + " CNY 20000.00 / 0.00 / 0.00 / 0.00 = 20000.00"), byCustomer(module.manager, null));

        // a terminated contract is no longer collected: what it owed leaves the ageing
        Contract current = as(module.otherRep, () -> module.contracts.find(others.id())).orElseThrow();
        as(module.otherRep, () -> module.contracts.terminate(current.id(), TODAY, "客户破产", current.version()));
        assertEquals(List.of(rep + " null CNY 20000.00 / 0.00 / 0.00 / 0.00 = 20000.00"), byOwner(module.manager));

        // who reads contracts but not their amounts gets no ageing
        module.customer.security.roleDefaults.apply("contract-test", List.of(new RoleTemplate("contract-clerk", "Contract clerk")),
                List.of(new DefaultGrant("contract-clerk", "contract.read", RecordScope.ALL)));
        Subject clerk = module.customer.security.user("wenyuan", null, "contract-clerk");
        assertThrows(AccessDeniedException.class, () -> as(clerk, () -> reports.ageingByOwner()));
        assertThrows(AccessDeniedException.class, () -> as(clerk, () -> reports.ageingByCustomer(null, 50)));
    }

    /** A contract of {@code owner}'s for {@code amount} of {@code type}, signed by the customer on {@code signedOn}. */
    private Contract signedOn(Subject owner, String type, String amount, String currency, LocalDate signedOn) {
        Contract draft = as(owner, () -> module.contracts.create(new NewContract("年度框架合同", type, customerOf(owner),
                new BigDecimal(amount), currency, null, null, null, "", "")));
        Contract approved = as(owner, () -> module.contracts.submit(draft.id(), draft.version(), ""));
        return as(owner, () -> module.contracts.sign(approved.id(), signedOn, signedOn, approved.version()));
    }

    private long customerOf(Subject owner) {
        return owner == module.rep ? customerId : module.customerOf(owner, "苏州工业园区新材料有限公司 " + owner.userId(), "0512 6666 0000", "苏州");
    }

    private List<String> signedBy(Subject who, ContractGrouping by, LocalDate from, LocalDate to) {
        return as(who, () -> reports.signed(by, from, to)).stream().map(figure -> figure.key() + " " + figure.currency() + " "
                + figure.count() + " × " + figure.amount() + " received " + figure.received() + " (" + figure.collectedPercent()
                + " %) invoiced " + figure.invoiced()).toList();
    }

    @Test
    void contractsSignedInAPeriodAreSummedByMonthStatusTypeAndOwnerWithTheirCollectionRate() {
        LocalDate march = LocalDate.of(TODAY.getYear() - 1, 3, 15);
        LocalDate april = march.plusMonths(1);
        Contract first = signedOn(module.rep, "sales", "100000", "CNY", march);
        signedOn(module.rep, "service", "50000", "CNY", march.plusDays(10));
        signedOn(module.rep, "sales", "20000", "USD", april);
        signedOn(module.otherRep, "sales", "80000", "CNY", april);
        signedOn(module.rep, "sales", "999999", "CNY", march.minusDays(30)); // before the period
        as(module.rep, () -> module.contracts.create(new NewContract("未签合同", "sales", customerId, new BigDecimal("70000"), "CNY",
                null, null, null, "", ""))); // never signed
        // 30,000 of the first came in
        Contract planned = as(module.rep, () -> module.payments.addInstalment(first.id(), new NewInstalment(march.plusDays(30),
                new BigDecimal("30000"), 0), first.version()));
        receive(planned, 0, "30000");

        LocalDate from = march.withDayOfMonth(1);
        LocalDate to = april.withDayOfMonth(30);
        String y = String.valueOf(march.getYear());
        assertEquals(List.of(y + "-03 CNY 2 × 150000.00 received 30000.00 (20.0 %) invoiced 0.00",
                y + "-04 CNY 1 × 80000.00 received 0.00 (0.0 %) invoiced 0.00",
                y + "-04 USD 1 × 20000.00 received 0.00 (0.0 %) invoiced 0.00"),
                signedBy(module.contractManager, ContractGrouping.MONTH, from, to), "per month and currency; the day before and the draft left out");
        assertEquals(List.of("SIGNED CNY 2 × 130000.00 received 0.00 (0.0 %) invoiced 0.00",
                "SIGNED USD 1 × 20000.00 received 0.00 (0.0 %) invoiced 0.00",
                "IN_EXECUTION CNY 1 × 100000.00 received 30000.00 (30.0 %) invoiced 0.00"),
                signedBy(module.contractManager, ContractGrouping.STATUS, from, to), "in the order of the statuses");
        assertEquals(List.of("sales CNY 2 × 180000.00 received 30000.00 (16.6 %) invoiced 0.00",
                "sales USD 1 × 20000.00 received 0.00 (0.0 %) invoiced 0.00",
                "service CNY 1 × 50000.00 received 0.00 (0.0 %) invoiced 0.00"),
                signedBy(module.contractManager, ContractGrouping.TYPE, from, to), "16.66… rounded down");
        assertEquals(List.of(module.rep.userId() + " CNY 2 × 150000.00 received 30000.00 (20.0 %) invoiced 0.00",
                module.otherRep.userId() + " CNY 1 × 80000.00 received 0.00 (0.0 %) invoiced 0.00",
                module.rep.userId() + " USD 1 × 20000.00 received 0.00 (0.0 %) invoiced 0.00"),
                signedBy(module.contractManager, ContractGrouping.OWNER, from, to), "the largest first");

        // the sums kept by every change are what counting them anew finds (the daily roll-over)
        List<String> kept = signedBy(module.contractManager, ContractGrouping.OWNER, from, to);
        assertEquals(true, new ContractReceivables(module.database()).rollOver(TODAY.plusDays(1)));
        assertEquals(kept, signedBy(module.contractManager, ContractGrouping.OWNER, from, to));

        // a rep sees their own; who may not see amounts, nothing; a period back to front is refused
        assertEquals(List.of(y + "-03 CNY 2 × 150000.00 received 30000.00 (20.0 %) invoiced 0.00",
                y + "-04 USD 1 × 20000.00 received 0.00 (0.0 %) invoiced 0.00"), signedBy(module.rep, ContractGrouping.MONTH, from, to));
        module.customer.security.roleDefaults.apply("contract-test", List.of(new RoleTemplate("contract-clerk", "Contract clerk")),
                List.of(new DefaultGrant("contract-clerk", "contract.read", RecordScope.ALL)));
        Subject clerk = module.customer.security.user("wenyuan", null, "contract-clerk");
        assertThrows(AccessDeniedException.class, () -> as(clerk, () -> reports.signed(ContractGrouping.MONTH, from, to)));
        InputRefusedException backwards = assertThrows(InputRefusedException.class,
                () -> as(module.rep, () -> reports.signed(ContractGrouping.MONTH, to, from)));
        assertEquals("contract.error.reportPeriod", backwards.getMessage());
        assertThrows(InputRefusedException.class, () -> as(module.rep, () -> reports.signed(ContractGrouping.MONTH, from,
                from.plusYears(11))));
    }

    @Test
    void theDashboardFiguresAreTheReportsFiguresInTheMainCurrency() {
        LocalDate firstOfMonth = TODAY.withDayOfMonth(1);
        Contract thisMonth = signedOn(module.rep, "sales", "100000", "CNY", TODAY);
        signedOn(module.rep, "sales", "5000", "USD", firstOfMonth);
        signedOn(module.rep, "sales", "300000", "CNY", TODAY.minusMonths(13)); // more than a year ago
        Contract planned = as(module.rep, () -> module.payments.addInstalment(thisMonth.id(), new NewInstalment(TODAY.minusDays(40),
                new BigDecimal("60000"), 0), thisMonth.version()));
        receive(planned, 0, "25000");
        today.set(TODAY); // the ageing counted today: 35,000 owed 40 days past due

        assertEquals(new org.mosaiccrm.platform.metric.MetricValue(new BigDecimal("100000.00"), "CNY"),
                as(module.manager, () -> new ContractSignedThisMonthMetric(reports).current()), "CNY, the currency most was signed in");
        assertEquals(new org.mosaiccrm.platform.metric.MetricValue(new BigDecimal("35000.00"), "CNY"),
                as(module.manager, () -> new ContractOverdueReceivablesMetric(reports).current()));
        assertEquals(new org.mosaiccrm.platform.metric.MetricValue(new BigDecimal("25.0"), "%"),
                as(module.manager, () -> new ContractCollectionRateMetric(reports).current()), "25,000 of the 100,000 signed within a year");
        assertEquals(ContractService.PERMISSION_AMOUNT, new ContractCollectionRateMetric(reports).requiredPermission());
        assertEquals("contract.metric.collectionRate", new ContractCollectionRateMetric(reports).titleKey());
        assertEquals(new org.mosaiccrm.platform.metric.MetricValue(new BigDecimal("0.00"), ""),
                as(module.otherRep, () -> new ContractSignedThisMonthMetric(reports).current()), "another rep: nothing of theirs");
    }
}
