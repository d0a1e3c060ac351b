package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.security.Subject;

/**
 * Contracts through the real approval engine with the flow the module ships: the owner's team lead,
 * and finance from the configured amount on; locked while in approval, a draft again after a
 * rejection, signed only once approved.
 */
class ContractApprovalTest {

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.as(module.northRep, () -> module.customer.customers.create(new NewCustomer("苏州工业园区精密机械有限公司",
                CustomerType.COMPANY, "", "0512 6666 8888", "苏州"))).id();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private Contract draft(String amount) {
        return module.as(module.northRep, () -> module.contracts.create(new NewContract("设备采购合同", "sales", customerId,
                new BigDecimal(amount), "CNY", new BigDecimal("13"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "", "")));
    }

    private ApprovalTask onlyTaskOf(Subject approver) {
        List<ApprovalTask> waiting = module.as(approver, () -> module.approvals.approvals.waitingForMe(10));
        assertEquals(1, waiting.size(), approver.username() + " " + waiting);
        return waiting.get(0);
    }

    private String refusedKey(Subject who, Runnable call) {
        return assertThrows(InputRefusedException.class, () -> module.as(who, () -> {
            call.run();
            return null;
        })).getMessage();
    }

    @Test
    void aLargeContractGoesToTheTeamLeadThenFinanceAndIsSignedOnceApproved() {
        Contract contract = draft("250000");
        LocalDate today = LocalDate.now();
        assertEquals("contract.error.notApproved", refusedKey(module.northRep,
                () -> module.contracts.sign(contract.id(), today, today, contract.version())), "signing unapproved");

        Contract pending = module.as(module.northRep, () -> module.contracts.submit(contract.id(), contract.version(), "请审批"));
        assertEquals(ContractStatus.PENDING_APPROVAL, pending.status());
        assertEquals("contract.error.notDraft", refusedKey(module.northRep, () -> module.contracts.update(pending.id(),
                new NewContract("设备采购合同", "sales", customerId, new BigDecimal("1"), "CNY", null, null, null, "", ""),
                pending.version())), "the amount is locked while in approval");

        ApprovalTask lead = onlyTaskOf(module.teamLead);
        assertTrue(lead.request().title().startsWith(contract.number() + " 设备采购合同 (250,000.00 CNY)"), lead.request().title());
        module.as(module.teamLead, () -> {
            module.approvals.approvals.approve(lead.id(), "同意");
            return null;
        });
        assertEquals(ContractStatus.PENDING_APPROVAL, find(contract.id()).status(), "finance has yet to approve");
        module.as(module.finance, () -> {
            module.approvals.approvals.approve(onlyTaskOf(module.finance).id(), "");
            return null;
        });
        Contract approved = find(contract.id());
        assertEquals(ContractStatus.APPROVED, approved.status());
        assertEquals("contract.error.notDraft", refusedKey(module.northRep, () -> module.contracts.update(approved.id(),
                new NewContract("设备采购合同", "sales", customerId, new BigDecimal("1"), "CNY", null, null, null, "", ""),
                approved.version())), "an approved amount is locked");

        assertEquals("customerSignedOn", assertThrows(InputRefusedException.class, () -> module.as(module.northRep,
                () -> module.contracts.sign(approved.id(), null, today, approved.version()))).field());
        assertEquals("contract.error.signedOnFuture", refusedKey(module.northRep,
                () -> module.contracts.sign(approved.id(), today, today.plusDays(1), approved.version())));
        Contract signed = module.as(module.northRep, () -> module.contracts.sign(approved.id(), today.minusDays(1), today,
                approved.version()));
        assertEquals(ContractStatus.SIGNED, signed.status());
        assertEquals(today.minusDays(1), signed.customerSignedOn());
        assertEquals(today, signed.ourSignedOn());
    }

    @Test
    void belowTheLimitTheTeamLeadAloneAndARejectionMakesItADraftAgain() {
        Contract contract = draft("80000");
        Contract pending = module.as(module.northRep, () -> module.contracts.submit(contract.id(), contract.version(), ""));
        ApprovalTask lead = onlyTaskOf(module.teamLead);
        module.as(module.teamLead, () -> {
            module.approvals.approvals.reject(lead.id(), "付款条件不清楚");
            return null;
        });
        Contract draftAgain = find(contract.id());
        assertEquals(ContractStatus.DRAFT, draftAgain.status());

        Contract edited = module.as(module.northRep, () -> module.contracts.update(draftAgain.id(), new NewContract("设备采购合同",
                "sales", customerId, new BigDecimal("80000"), "CNY", new BigDecimal("13"), null, null, "验收后 30 天内付清", ""),
                draftAgain.version()));
        module.as(module.northRep, () -> module.contracts.submit(edited.id(), edited.version(), "已补充付款条件"));
        module.as(module.teamLead, () -> {
            module.approvals.approvals.approve(onlyTaskOf(module.teamLead).id(), "");
            return null;
        });
        assertEquals(ContractStatus.APPROVED, find(contract.id()).status(), "no finance step below the limit");
        assertEquals(List.of(), module.as(module.finance, () -> module.approvals.approvals.waitingForMe(10)));
        assertTrue(pending.version() < find(contract.id()).version());
    }

    @Test
    void withoutAnApproverTheSubmissionIsRefusedAndTheContractStaysADraft() {
        // rep of team East, whose team has no lead: the shipped flow's first step finds nobody
        long shop = module.as(module.rep, () -> module.customer.customers.create(new NewCustomer("无锡小店", CustomerType.COMPANY,
                "", "0510 1234 5678", "无锡"))).id();
        Contract contract = module.as(module.rep, () -> module.contracts.create(new NewContract("小额合同", "sales", shop,
                new BigDecimal("1000"), "CNY", null, null, null, "", "")));
        assertThrows(InputRefusedException.class, () -> module.as(module.rep,
                () -> module.contracts.submit(contract.id(), contract.version(), "")));
        Contract after = module.as(module.rep, () -> module.contracts.find(contract.id())).orElseThrow();
        assertEquals(ContractStatus.DRAFT, after.status());
        assertEquals(List.of(), module.as(module.rep, () -> module.approvals.approvals.submittedByMe(5)));
    }

    @Test
    void withTheFlowSwitchedOffASubmittedContractIsApprovedAtOnce() {
        module.approveAtOnce();
        Contract contract = draft("500000");
        Contract submitted = module.as(module.northRep, () -> module.contracts.submit(contract.id(), contract.version(), ""));
        assertEquals(ContractStatus.APPROVED, submitted.status());
    }

    private Contract find(long id) {
        return module.as(module.northRep, () -> module.contracts.find(id)).orElseThrow();
    }
}
