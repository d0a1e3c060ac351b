package org.mosaiccrm.assembly.shared.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.mosaiccrm.assembly.shared.ContractModuleIT.People;
import org.mosaiccrm.assembly.shared.ModulePart;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.InvoiceRequest;
import org.mosaiccrm.contract.InvoiceType;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.security.Subject;

/**
 * A rep's contract of 250,000 through the flow the module ships: signing refused before approval,
 * submitted, approved by the rep's team lead and then by finance, signed; then one instalment
 * planned, a first payment recorded by finance (in execution from then on) and an invoice asked for.
 * Gives back the contract's id.
 */
public final class SignedAndPartlyPaid extends ModulePart<People, Long> {

    @Override
    protected Long run(People people) throws Exception {
        ContractService contracts = service(ContractService.class);
        Approvals approvals = service(Approvals.class);
        Contract draft = as(people.rep(), () -> contracts.create(new NewContract("数控机床采购合同", "sales", people.customerId(),
                new BigDecimal("250000"), "CNY", new BigDecimal("13"), LocalDate.now(), LocalDate.now().plusYears(1),
                "30% 预付，70% 验收后 30 天内", "")));
        check(draft.number().matches("HT-\\d{4}-\\d{5}"), "numbered from the year's series: " + draft.number());
        try {
            as(people.rep(), () -> contracts.sign(draft.id(), LocalDate.now(), LocalDate.now(), draft.version()));
            throw new AssertionError("signed before approval");
        } catch (org.mosaiccrm.platform.InputRefusedException refused) {
            check("contract.error.notApproved".equals(refused.getMessage()), refused.getMessage());
        }
        Contract pending = as(people.rep(), () -> contracts.submit(draft.id(), draft.version(), "请审批"));
        check(pending.status() == ContractStatus.PENDING_APPROVAL, "pending: " + pending.status());
        approveOnly(approvals, people.lead());
        check(status(contracts, people.rep(), draft.id()) == ContractStatus.PENDING_APPROVAL, "finance has yet to approve");
        approveOnly(approvals, people.finance());
        Contract approved = as(people.rep(), () -> contracts.find(draft.id())).orElseThrow();
        check(approved.status() == ContractStatus.APPROVED, "approved: " + approved.status());
        Contract signed = as(people.rep(), () -> contracts.sign(draft.id(), LocalDate.now(), LocalDate.now(), approved.version()));
        check(signed.status() == ContractStatus.SIGNED, "signed: " + signed.status());

        ContractPayments payments = service(ContractPayments.class);
        Contract planned = as(people.rep(), () -> payments.addInstalment(draft.id(), new NewInstalment(LocalDate.now().plusDays(30),
                new BigDecimal("250000"), 7), signed.version()));
        long instalment = as(people.finance(), () -> payments.instalments(draft.id())).get(0).id();
        Contract paid = as(people.finance(), () -> payments.recordReceipt(draft.id(), new NewReceipt(instalment, LocalDate.now(),
                new BigDecimal("100000"), ReceiptMethod.BANK_TRANSFER, "首付款"), planned.version()));
        check(paid.status() == ContractStatus.IN_EXECUTION && paid.collectedPercent() == 40, "in execution, 40 %: " + paid);
        ContractInvoices invoices = service(ContractInvoices.class);
        as(people.rep(), () -> invoices.request(draft.id(), new InvoiceRequest(InvoiceType.VAT_ORDINARY, "青岛海晟重工有限公司", "", "",
                "", new BigDecimal("100000")), paid.version()));
        return draft.id();
    }

    private static void approveOnly(Approvals approvals, Subject approver) {
        List<ApprovalTask> waiting = as(approver, () -> approvals.waitingForMe(10));
        check(waiting.size() == 1, approver.username() + " waits for one task: " + waiting);
        as(approver, () -> {
            approvals.approve(waiting.get(0).id(), "同意");
            return null;
        });
    }

    private static ContractStatus status(ContractService contracts, Subject who, long id) {
        return as(who, () -> contracts.find(id)).orElseThrow().status();
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
