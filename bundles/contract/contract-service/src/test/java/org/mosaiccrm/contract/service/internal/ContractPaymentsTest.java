package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.InstalmentStatus;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.Receipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.Subject;

/**
 * Payment plans (回款计划) and receipts (回款) on the build's database with the real customer core and
 * security module: the plan never above the amount, numbered by due date; payments only on a signed
 * contract, never above what is due; statuses and the contract's totals; scope, stale versions, audit.
 */
class ContractPaymentsTest {

    private static final LocalDate TODAY = LocalDate.now();

    private ContractModule module;
    private long customerId;
    private Subject auditor;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "宁波甬江港口设备有限公司", "0574 8888 6666", "宁波");
        // no approval step in these tests: a submitted contract is approved at once
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private Contract draft(String amount) {
        return as(module.rep, () -> module.contracts.create(new NewContract("岸桥备件供应合同", "sales", customerId,
                new BigDecimal(amount), "CNY", new BigDecimal("13"), null, null, "", "")));
    }

    private Contract signed(Contract draft) {
        Contract approved = as(module.rep, () -> module.contracts.submit(draft.id(), draft.version(), ""));
        return as(module.rep, () -> module.contracts.sign(approved.id(), TODAY, TODAY, approved.version()));
    }

    private Contract plan(Contract contract, LocalDate due, String amount) {
        return as(module.rep, () -> module.payments.addInstalment(contract.id(), new NewInstalment(due, new BigDecimal(amount), 7),
                contract.version()));
    }

    private Contract receive(Subject who, Contract contract, Instalment instalment, String amount) {
        return as(who, () -> module.payments.recordReceipt(contract.id(), new NewReceipt(instalment.id(), TODAY,
                new BigDecimal(amount), ReceiptMethod.BANK_TRANSFER, "招行回单 0091"), contract.version()));
    }

    private List<Instalment> instalments(Subject who, Contract contract) {
        return as(who, () -> module.payments.instalments(contract.id()));
    }

    private InputRefusedException refused(Subject who, Supplier<?> call) {
        return assertThrows(InputRefusedException.class, () -> as(who, call));
    }

    private List<AuditEntry> audited(String recordType) {
        if (auditor == null) {
            auditor = module.customer.security.user("shenji", null, "auditor");
        }
        return as(auditor, () -> module.customer.security.auditLog.find(new AuditQuery(null, ContractService.MODULE_ID, null, null,
                null, null, 200))).stream().filter(entry -> entry.recordType().equals(recordType)).toList();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    @Test
    void aPlanNeverComesToMoreThanTheAmountAndIsNumberedByDueDate() {
        Contract contract = draft("100000");
        contract = plan(contract, LocalDate.of(2027, 6, 30), "60000");
        contract = plan(contract, LocalDate.of(2027, 3, 31), "30000");
        assertEquals(new BigDecimal("90000.00"), contract.planned());
        List<Instalment> plan = instalments(module.rep, contract);
        assertEquals(List.of(1, 2), plan.stream().map(Instalment::number).toList());
        assertEquals(List.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30)), plan.stream().map(Instalment::dueDate).toList(),
                "numbered by due date, not by when they were added");
        assertEquals(InstalmentStatus.PENDING, plan.get(0).status());

        Contract ninety = contract;
        InputRefusedException over = refused(module.rep, () -> plan(ninety, LocalDate.of(2027, 9, 30), "20000"));
        assertEquals("amount", over.field());
        assertEquals("contract.error.planOverAmount", over.getMessage());
        assertEquals(List.of("10000.00"), List.of(over.arguments()), "says how much is left to plan");
        assertEquals(2, instalments(module.rep, contract).size(), "nothing written");

        Contract changed = as(module.rep, () -> module.payments.changeInstalment(ninety.id(), plan.get(1).id(),
                new NewInstalment(LocalDate.of(2027, 6, 30), new BigDecimal("70000"), 15), ninety.version()));
        assertEquals(new BigDecimal("100000.00"), changed.planned());
        assertEquals(15, instalments(module.rep, changed).get(1).remindDaysBefore());
        assertThrows(OptimisticLockException.class, () -> plan(ninety, LocalDate.of(2027, 9, 30), "1"),
                "a change on a contract read before is refused, nothing overwritten");
        assertEquals("contract.error.amountBelowPlan", refused(module.rep, () -> module.contracts.update(changed.id(),
                new NewContract("岸桥备件供应合同", "sales", customerId, new BigDecimal("80000"), "CNY", null, null, null, "", ""),
                changed.version())).getMessage(), "the amount never drops below the plan");

        assertEquals("dueDate", refused(module.rep, () -> module.payments.addInstalment(changed.id(),
                new NewInstalment(null, BigDecimal.ONE, 7), changed.version())).field());
        assertEquals("contract.error.amountPositive", refused(module.rep, () -> module.payments.addInstalment(changed.id(),
                new NewInstalment(TODAY, BigDecimal.ZERO, 7), changed.version())).getMessage());
        assertEquals("amount", refused(module.rep, () -> module.payments.addInstalment(changed.id(),
                new NewInstalment(TODAY, new BigDecimal("0.001"), 7), changed.version())).field());
        assertEquals("remindDaysBefore", refused(module.rep, () -> module.payments.addInstalment(changed.id(),
                new NewInstalment(TODAY, BigDecimal.ONE, -1), changed.version())).field());

        Contract removed = as(module.rep, () -> module.payments.removeInstalment(changed.id(), plan.get(0).id(), changed.version()));
        assertEquals(new BigDecimal("70000.00"), removed.planned());
        List<Instalment> left = instalments(module.rep, removed);
        assertEquals(1, left.size());
        assertEquals(1, left.get(0).number(), "numbered again");

        assertEquals(List.of("DELETED", "UPDATED", "CREATED", "CREATED"), audited("Instalment").stream().map(AuditEntry::action).toList());
    }

    @Test
    void paymentsComeInAgainstInstalmentsOfASignedContractUntilItIsAllCollected() {
        Contract contract = draft("100000");
        contract = plan(contract, TODAY.plusDays(30), "40000");
        contract = plan(contract, TODAY.plusDays(90), "60000");
        List<Instalment> plan = instalments(module.rep, contract);
        Contract unsigned = contract;
        assertEquals("contract.error.notSigned", refused(module.finance, () -> receive(module.finance, unsigned, plan.get(0), "10000"))
                .getMessage(), "no payment before signing");

        Contract signedContract = signed(contract);
        assertEquals(ContractStatus.SIGNED, signedContract.status());
        assertThrows(AccessDeniedException.class, () -> receive(module.rep, signedContract, plan.get(0), "10000"),
                "a rep plans payments, finance records them");
        Contract partly = receive(module.finance, signedContract, plan.get(0), "10000");
        assertEquals(ContractStatus.IN_EXECUTION, partly.status(), "the first payment starts its execution");
        assertEquals(new BigDecimal("10000.00"), partly.received());
        assertEquals(new BigDecimal("90000.00"), partly.outstanding());
        assertEquals(10, partly.collectedPercent());
        assertEquals(InstalmentStatus.PARTLY_PAID, instalments(module.finance, partly).get(0).status());

        InputRefusedException over = refused(module.finance, () -> receive(module.finance, partly, plan.get(0), "35000"));
        assertEquals("contract.error.receiptOverDue", over.getMessage());
        assertEquals(List.of("30000.00"), List.of(over.arguments()));
        assertEquals("receivedOn", refused(module.finance, () -> module.payments.recordReceipt(partly.id(),
                new NewReceipt(plan.get(0).id(), TODAY.plusDays(1), BigDecimal.TEN, ReceiptMethod.CASH, ""), partly.version())).field());
        assertEquals("method", refused(module.finance, () -> module.payments.recordReceipt(partly.id(),
                new NewReceipt(plan.get(0).id(), TODAY, BigDecimal.TEN, null, ""), partly.version())).field());
        assertEquals("instalmentId", refused(module.finance, () -> module.payments.recordReceipt(partly.id(),
                new NewReceipt(plan.get(0).id() + 1000, TODAY, BigDecimal.TEN, ReceiptMethod.CASH, ""), partly.version())).field());
        assertEquals("contract.error.instalmentHasReceipts", refused(module.rep, () -> module.payments.removeInstalment(partly.id(),
                plan.get(0).id(), partly.version())).getMessage());
        assertEquals("contract.error.belowReceived", refused(module.rep, () -> module.payments.changeInstalment(partly.id(),
                plan.get(0).id(), new NewInstalment(TODAY, new BigDecimal("5000"), 7), partly.version())).getMessage());

        Contract first = receive(module.finance, partly, plan.get(0), "30000");
        // the second instalment fell due yesterday and nothing came in
        Contract late = as(module.rep, () -> module.payments.changeInstalment(first.id(), plan.get(1).id(),
                new NewInstalment(TODAY.minusDays(1), new BigDecimal("60000"), 7), first.version()));
        List<Instalment> now = instalments(module.finance, late);
        assertEquals(List.of(InstalmentStatus.OVERDUE, InstalmentStatus.PAID), now.stream().map(Instalment::status).toList(),
                "numbered by due date again: the late one comes first now");
        assertEquals(List.of(new BigDecimal("0.00"), new BigDecimal("40000.00")), now.stream().map(Instalment::received).toList());

        Contract all = receive(module.finance, late, now.get(0), "60000");
        assertEquals(new BigDecimal("100000.00"), all.received());
        assertEquals(100, all.collectedPercent());
        assertEquals(ContractStatus.IN_EXECUTION, all.status(), "completed once invoiced in full too");
        List<Receipt> receipts = as(module.rep, () -> module.payments.receipts(all.id()));
        assertEquals(List.of(1, 2, 2), receipts.stream().map(Receipt::instalmentNumber).toList(),
                "newest first, with the instalments' numbers as they are now");
        assertEquals("招行回单 0091", receipts.get(0).reference());
        assertEquals(module.finance.userId(), receipts.get(0).recordedBy());
        assertEquals(3, audited("Receipt").size());
        assertTrue(audited("Contract").stream().flatMap(entry -> entry.changes().stream())
                .anyMatch(change -> change.toString().contains("received") && change.toString().contains("100000.00")),
                "the contract's received total is audited too");
    }

    @Test
    void anotherRepsPlanIsOutOfReachAndAmountsStayHiddenFromWhoMayNotSeeThem() {
        Contract contract = plan(draft("50000"), TODAY.plusDays(10), "50000");
        assertThrows(NoSuchElementException.class, () -> instalments(module.otherRep, contract));
        assertThrows(NoSuchElementException.class, () -> as(module.otherRep, () -> module.payments.receipts(contract.id())));
        Contract asSeenByOther = contract;
        assertThrows(RuntimeException.class, () -> as(module.otherRep, () -> module.payments.addInstalment(asSeenByOther.id(),
                new NewInstalment(TODAY, BigDecimal.ONE, 7), asSeenByOther.version())));
        assertEquals(1, instalments(module.rep, contract).size(), "nothing written");

        module.customer.security.roleDefaults.apply("contract-test", List.of(new RoleTemplate("contract-clerk", "Contract clerk")),
                List.of(new DefaultGrant("contract-clerk", "contract.read", RecordScope.ALL)));
        Subject clerk = module.customer.security.user("wenyuan", null, "contract-clerk");
        Instalment hidden = instalments(clerk, contract).get(0);
        assertNull(hidden.amount());
        assertNull(hidden.received());
        assertEquals(InstalmentStatus.PENDING, hidden.status());
    }

    @Test
    void aSignedContractEndsEarlyKeepingWhatCameInAndAnUnsignedOneIsVoided() {
        Contract signedContract = signed(plan(draft("100000"), TODAY.plusDays(30), "100000"));
        Instalment first = instalments(module.rep, signedContract).get(0);
        Contract partly = receive(module.finance, signedContract, first, "20000");
        assertEquals("reason", refused(module.rep, () -> module.contracts.terminate(partly.id(), TODAY, " ", partly.version())).field());
        assertEquals("contract.error.terminatedBeforeSigning", refused(module.rep, () -> module.contracts.terminate(partly.id(),
                TODAY.minusDays(1), "客户停产", partly.version())).getMessage());
        assertThrows(AccessDeniedException.class, () -> as(module.otherRep, () -> module.contracts.terminate(partly.id(), TODAY,
                "x", partly.version())), "not another rep's contract");

        Contract ended = as(module.rep, () -> module.contracts.terminate(partly.id(), TODAY, "客户停产，双方协商终止", partly.version()));
        assertEquals(ContractStatus.TERMINATED, ended.status());
        assertEquals(TODAY, ended.closedOn());
        assertEquals("客户停产，双方协商终止", ended.closingReason());
        assertEquals(new BigDecimal("20000.00"), ended.received(), "what came in stays");
        assertEquals("contract.error.notSigned", refused(module.finance, () -> receive(module.finance, ended, first, "1")).getMessage());
        assertEquals("contract.error.closed", refused(module.rep, () -> plan(ended, TODAY, "1")).getMessage());
        assertEquals("contract.error.notVoidable", refused(module.rep, () -> module.contracts.voidContract(ended.id(), "x",
                ended.version())).getMessage());

        Contract twice = draft("5000");
        Contract voided = as(module.rep, () -> module.contracts.voidContract(twice.id(), "重复录入", twice.version()));
        assertEquals(ContractStatus.VOID, voided.status());
        assertEquals("重复录入", voided.closingReason());
        assertEquals("contract.error.notTerminable", refused(module.rep, () -> module.contracts.terminate(voided.id(), TODAY, "x",
                voided.version())).getMessage());
        assertEquals("contract.error.notDraft", refused(module.rep, () -> module.contracts.update(voided.id(), new NewContract("x",
                "sales", customerId, BigDecimal.ONE, "CNY", null, null, null, "", ""), voided.version())).getMessage());
    }

    @Test
    void paymentsDueAndContractsEndingAreListedForWhoSeesThemEarliestFirst() {
        Contract mine = signed(as(module.rep, () -> module.contracts.create(new NewContract("岸桥备件供应合同", "sales", customerId,
                new BigDecimal("100000"), "CNY", null, TODAY.minusMonths(2), TODAY.plusDays(20), "", ""))));
        mine = plan(mine, TODAY.minusDays(5), "10000");
        mine = plan(mine, TODAY.plusDays(10), "20000");
        mine = plan(mine, TODAY.plusDays(60), "30000");
        mine = plan(mine, TODAY.plusDays(3), "40000");
        Contract planned = mine;
        Instalment paidSoon = instalments(module.rep, planned).stream().filter(i -> i.dueDate().equals(TODAY.plusDays(3)))
                .findFirst().orElseThrow();
        receive(module.finance, planned, paidSoon, "40000");
        long othersShop = as(module.otherRep, () -> module.customer.customers.create(new NewCustomer("舟山海联船务有限公司",
                CustomerType.COMPANY, "", "0580 222 3333", "舟山"))).id();
        Contract others = as(module.otherRep, () -> module.contracts.create(new NewContract("船舶维修合同", "service", othersShop,
                new BigDecimal("50000"), "CNY", null, null, TODAY.plusDays(100), "", "")));
        Contract othersPlanned = as(module.otherRep, () -> module.payments.addInstalment(others.id(), new NewInstalment(TODAY.plusDays(5),
                new BigDecimal("50000"), 7), others.version()));
        Contract othersApproved = as(module.otherRep, () -> module.contracts.submit(othersPlanned.id(), othersPlanned.version(), ""));
        as(module.otherRep, () -> module.contracts.sign(othersApproved.id(), TODAY, TODAY, othersApproved.version()));
        plan(draft("1000"), TODAY.plusDays(1), "1000");

        assertEquals(List.of(TODAY.minusDays(5), TODAY.plusDays(10)), as(module.rep, () -> module.payments.dueBy(TODAY.plusDays(30),
                null, null, 50)).stream().map(due -> due.instalment().dueDate()).toList(),
                "the overdue one first; not the paid one, not one later, not another rep's, not a draft's");
        List<org.mosaiccrm.contract.DueInstalment> team = as(module.manager, () -> module.payments.dueBy(TODAY.plusDays(30), null, null, 2));
        assertEquals(List.of("岸桥备件供应合同", "船舶维修合同"), team.stream().map(due -> due.contractTitle()).toList(),
                "the team's manager sees both reps'");
        assertEquals(new BigDecimal("10000.00"), team.get(0).instalment().amount().subtract(team.get(0).instalment().received()));
        var last = team.get(1).instalment();
        assertEquals(List.of(TODAY.plusDays(10)), as(module.manager, () -> module.payments.dueBy(TODAY.plusDays(30), last.dueDate(),
                last.id(), 2)).stream().map(due -> due.instalment().dueDate()).toList(), "the next page");

        assertEquals(List.of(planned.id()), as(module.rep, () -> module.contracts.ending(TODAY, TODAY.plusDays(30), 10)).stream()
                .map(Contract::id).toList());
        assertEquals(List.of(planned.id(), others.id()), as(module.contractManager, () -> module.contracts.ending(TODAY,
                TODAY.plusDays(120), 10)).stream().map(Contract::id).toList(), "the earliest end first");
    }
}
