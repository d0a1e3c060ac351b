package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Invoice;
import org.mosaiccrm.contract.InvoiceIssue;
import org.mosaiccrm.contract.InvoiceRequest;
import org.mosaiccrm.contract.InvoiceStatus;
import org.mosaiccrm.contract.InvoiceType;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;

/**
 * Invoices (发票) on the build's database with the real customer core and security module: asked for
 * on a signed contract by its owner, issued by finance, never above the amount; a contract received
 * and invoiced in full is completed.
 */
class ContractInvoicesTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String TAX_NUMBER = "91330200MA2H3KQX5P";

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "宁波甬江港口设备有限公司", "0574 8888 6666", "宁波");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private InputRefusedException refused(Subject who, Supplier<?> call) {
        return assertThrows(InputRefusedException.class, () -> as(who, call));
    }

    private InvoiceRequest special(String amount) {
        return new InvoiceRequest(InvoiceType.VAT_SPECIAL, "宁波甬江港口设备有限公司", TAX_NUMBER, "中国银行宁波分行", "3625 5831 0000",
                new BigDecimal(amount));
    }

    @Test
    void invoicesAreAskedForByTheOwnerIssuedByFinanceAndNeverComeToMoreThanTheAmount() {
        Contract draft = as(module.rep, () -> module.contracts.create(new NewContract("岸桥备件供应合同", "sales", customerId,
                new BigDecimal("100000"), "CNY", new BigDecimal("13"), null, null, "", "")));
        Contract planned = as(module.rep, () -> module.payments.addInstalment(draft.id(),
                new NewInstalment(TODAY.plusDays(30), new BigDecimal("100000"), 7), draft.version()));
        assertEquals("contract.error.invoiceNotSigned", refused(module.rep, () -> module.invoices.request(planned.id(), special("1"),
                planned.version())).getMessage());
        Contract approved = as(module.rep, () -> module.contracts.submit(planned.id(), planned.version(), ""));
        Contract signed = as(module.rep, () -> module.contracts.sign(approved.id(), TODAY, TODAY, approved.version()));

        assertEquals("taxNumber", refused(module.rep, () -> module.invoices.request(signed.id(), new InvoiceRequest(InvoiceType.VAT_SPECIAL,
                "宁波甬江港口设备有限公司", "", "中国银行", "3625", BigDecimal.TEN), signed.version())).field(),
                "a special invoice carries the buyer's tax number");
        assertEquals("contract.error.taxNumber", refused(module.rep, () -> module.invoices.request(signed.id(),
                new InvoiceRequest(InvoiceType.VAT_ORDINARY, "宁波甬江", "91-3302", "", "", BigDecimal.TEN), signed.version())).getMessage());
        assertEquals("bank", refused(module.rep, () -> module.invoices.request(signed.id(), new InvoiceRequest(InvoiceType.VAT_SPECIAL,
                "宁波甬江港口设备有限公司", TAX_NUMBER, " ", "3625", BigDecimal.TEN), signed.version())).field());
        assertEquals("title", refused(module.rep, () -> module.invoices.request(signed.id(), new InvoiceRequest(InvoiceType.VAT_ORDINARY,
                "", "", "", "", BigDecimal.TEN), signed.version())).field());

        Contract first = as(module.rep, () -> module.invoices.request(signed.id(), special("60000"), signed.version()));
        InputRefusedException over = refused(module.rep, () -> module.invoices.request(first.id(), special("50000"), first.version()));
        assertEquals("contract.error.invoiceOverAmount", over.getMessage());
        assertEquals(List.of("40000.00"), List.of(over.arguments()), "what is asked for counts before it is issued");
        Contract second = as(module.rep, () -> module.invoices.request(first.id(), new InvoiceRequest(InvoiceType.VAT_ORDINARY,
                "宁波甬江港口设备有限公司", " 91330200ma2h3kqx5p ", "", "", new BigDecimal("40000")), first.version()));
        List<Invoice> asked = as(module.rep, () -> module.invoices.invoices(second.id()));
        assertEquals(List.of(InvoiceStatus.REQUESTED, InvoiceStatus.REQUESTED), asked.stream().map(Invoice::status).toList());
        assertEquals(TAX_NUMBER, asked.get(0).taxNumber(), "kept without spaces, in capitals");
        assertEquals(new BigDecimal("0.00"), second.invoiced(), "nothing issued yet");

        Invoice sixty = asked.get(1);
        assertThrows(AccessDeniedException.class, () -> as(module.rep, () -> module.invoices.issue(second.id(), sixty.id(),
                new InvoiceIssue("25332000000012345678", TODAY, ""), second.version())), "finance issues invoices");
        assertEquals("invoiceNumber", refused(module.finance, () -> module.invoices.issue(second.id(), sixty.id(),
                new InvoiceIssue("NO.123", TODAY, ""), second.version())).field());
        assertEquals("issuedOn", refused(module.finance, () -> module.invoices.issue(second.id(), sixty.id(),
                new InvoiceIssue("25332000000012345678", TODAY.plusDays(1), ""), second.version())).field());
        Contract issued = as(module.finance, () -> module.invoices.issue(second.id(), sixty.id(),
                new InvoiceIssue("25332000000012345678", TODAY, "SF1234567890"), second.version()));
        assertEquals(new BigDecimal("60000.00"), issued.invoiced());
        assertEquals("contract.error.invoiceIssued", refused(module.finance, () -> module.invoices.issue(issued.id(), sixty.id(),
                new InvoiceIssue("25332000000012345679", TODAY, ""), issued.version())).getMessage());
        Invoice shown = as(module.finance, () -> module.invoices.invoices(issued.id())).get(1);
        assertEquals("25332000000012345678", shown.invoiceNumber());
        assertEquals("SF1234567890", shown.trackingNumber());
        assertEquals(TODAY, shown.issuedOn());

        assertThrows(NoSuchElementException.class, () -> as(module.otherRep, () -> module.invoices.invoices(issued.id())),
                "another rep's contract reads as none");
    }

    @Test
    void aContractReceivedAndInvoicedInFullIsCompleted() {
        Contract draft = as(module.rep, () -> module.contracts.create(new NewContract("岸桥备件供应合同", "sales", customerId,
                new BigDecimal("30000"), "CNY", new BigDecimal("13"), null, null, "", "")));
        Contract planned = as(module.rep, () -> module.payments.addInstalment(draft.id(),
                new NewInstalment(TODAY.plusDays(30), new BigDecimal("30000"), 7), draft.version()));
        Contract approved = as(module.rep, () -> module.contracts.submit(planned.id(), planned.version(), ""));
        Contract signed = as(module.rep, () -> module.contracts.sign(approved.id(), TODAY, TODAY, approved.version()));
        Contract asked = as(module.rep, () -> module.invoices.request(signed.id(), special("30000"), signed.version()));
        long invoiceId = as(module.rep, () -> module.invoices.invoices(asked.id())).get(0).id();
        Contract invoiced = as(module.finance, () -> module.invoices.issue(asked.id(), invoiceId,
                new InvoiceIssue("12345678", TODAY, ""), asked.version()));
        assertEquals(ContractStatus.SIGNED, invoiced.status(), "invoiced in full, nothing received yet");
        long instalmentId = as(module.finance, () -> module.payments.instalments(invoiced.id())).get(0).id();
        Contract paid = as(module.finance, () -> module.payments.recordReceipt(invoiced.id(), new NewReceipt(instalmentId, TODAY,
                new BigDecimal("30000"), ReceiptMethod.ACCEPTANCE_BILL, "承兑汇票 0042"), invoiced.version()));
        assertEquals(ContractStatus.COMPLETED, paid.status());
        assertEquals(100, paid.collectedPercent());
        assertEquals("contract.error.closed", refused(module.rep, () -> module.payments.addInstalment(paid.id(),
                new NewInstalment(TODAY, BigDecimal.ONE, 7), paid.version())).getMessage());
    }
}
