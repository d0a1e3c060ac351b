package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractLine;
import org.mosaiccrm.contract.ContractLines;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewContractLine;
import org.mosaiccrm.contract.NewContractLines;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.Subject;

/**
 * Line items (合同产品明细) on the build's database: priced as a quote is (rounded at each line, the
 * discount on the whole before tax), their total the contract's amount, changed only on a draft,
 * refusals naming the line, nothing half-written, hidden prices for who may not see amounts, copied
 * by a renewal, audited.
 */
class ContractLinesTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final NewContractLine MACHINE = line("CNC-200", "数控机床", "台", "2", "120000", "5", "13");
    private static final NewContractLine INSTALLATION = line("SVC-H", "安装调试", "小时", "3.5", "333.33", null, "6");

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "无锡太湖精密机械有限公司", "0510 8888 3333", "无锡");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private static NewContractLine line(String code, String description, String unit, String quantity, String price,
            String discount, String tax) {
        return new NewContractLine(code, description, unit, quantity == null ? null : new BigDecimal(quantity),
                price == null ? null : new BigDecimal(price), discount == null ? null : new BigDecimal(discount),
                tax == null ? null : new BigDecimal(tax));
    }

    private NewContract contract(String amount) {
        return new NewContract("机床采购合同", "sales", customerId, new BigDecimal(amount), "CNY", new BigDecimal("13"), null, null, "", "");
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private InputRefusedException refused(Runnable work) {
        return assertThrows(InputRefusedException.class, () -> as(module.rep, () -> {
            work.run();
            return null;
        }));
    }

    @Test
    void aDraftWithLinesHasTheirTotalAsItsAmountWorkedOutAsAQuoteIs() {
        Contract created = as(module.rep, () -> module.contracts.create(contract("0"),
                new NewContractLines(List.of(MACHINE, INSTALLATION), new BigDecimal("10"))));
        // 2 × 120000 less 5% = 228000.00; 3.5 × 333.33 = 1166.655 -> 1166.66; subtotal 229166.66
        // 10% off the whole: 22916.67 (22916.666 rounded) -> net 206249.99
        // tax: 228000 × 0.9 × 13% = 26676.00; 1166.66 × 0.9 × 6% = 62.99964 -> 63.00; total 206249.99 + 26739.00
        assertEquals(new BigDecimal("232988.99"), created.amount());
        ContractLines lines = as(module.rep, () -> module.contracts.lines(created.id()));
        assertEquals(new BigDecimal("229166.66"), lines.totals().subtotal());
        assertEquals(new BigDecimal("22916.67"), lines.totals().discount());
        assertEquals(new BigDecimal("26739.00"), lines.totals().tax());
        assertEquals(created.amount(), lines.totals().total());
        ContractLine first = lines.lines().get(0);
        assertEquals(List.of(1, "CNC-200", "数控机床", "台", new BigDecimal("2.000"), new BigDecimal("120000.00"),
                new BigDecimal("5.00"), new BigDecimal("13.00"), new BigDecimal("228000.00")), List.of(first.position(),
                first.productCode(), first.description(), first.unit(), first.quantity(), first.unitPrice(), first.discountPercent(),
                first.taxRate(), first.net()));
        assertEquals(2, lines.lines().get(1).position());

        // a line typed without a tax rate takes the contract's
        Contract relined = as(module.rep, () -> module.contracts.setLines(created.id(), new NewContractLines(List.of(
                line("", "  培训  ", "", "1", "1000", null, null)), null), created.version()));
        ContractLine training = as(module.rep, () -> module.contracts.lines(created.id())).lines().get(0);
        assertEquals(List.of("", "培训", "", new BigDecimal("13.00")), List.of(training.productCode(), training.description(),
                training.unit(), training.taxRate()), "trimmed; the contract's rate");
        assertEquals(new BigDecimal("1130.00"), relined.amount());

        // the amount is the lines' total: another one typed is refused, the same one passes
        InputRefusedException otherAmount = refused(() -> module.contracts.update(created.id(), contract("5000"), relined.version()));
        assertEquals(List.of("amount", "contract.error.amountFromLines"), List.of(otherAmount.field(), otherAmount.getMessage()));
        Contract retitled = as(module.rep, () -> module.contracts.update(created.id(), new NewContract("机床及培训合同", "sales",
                customerId, new BigDecimal("1130"), "CNY", new BigDecimal("13"), null, null, "", ""), relined.version()));
        assertEquals("机床及培训合同", retitled.title());

        // no lines: the amount stays, to be typed again
        Contract unlined = as(module.rep, () -> module.contracts.setLines(created.id(), NewContractLines.none(), retitled.version()));
        assertEquals(new BigDecimal("1130.00"), unlined.amount());
        assertEquals(List.of(), as(module.rep, () -> module.contracts.lines(created.id())).lines());
        Contract typed = as(module.rep, () -> module.contracts.update(created.id(), contract("5000"), unlined.version()));
        assertEquals(new BigDecimal("5000.00"), typed.amount());

        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        List<AuditEntry> audited = as(auditor, () -> module.customer.security.auditLog.find(new AuditQuery(null,
                ContractService.MODULE_ID, String.valueOf(created.id()), null, null, null, 50))).stream()
                .filter(entry -> entry.recordType().equals(ContractLineItems.RECORD_TYPE)).toList();
        assertEquals(3, audited.size(), "made with lines, lined anew, unlined");
    }

    @Test
    void aBadLineIsRefusedByItsPlaceAndNothingIsWritten() {
        Contract draft = as(module.rep, () -> module.contracts.create(contract("0"), new NewContractLines(List.of(MACHINE), null)));
        InputRefusedException quantity = refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(MACHINE,
                line("", "安装", "", "0", "100", null, null)), null), draft.version()));
        assertEquals(List.of("lines[2].quantity", "contract.error.quantity"), List.of(quantity.field(), quantity.getMessage()));
        assertEquals("lines[1].description", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(
                line("", " ", "", "1", "100", null, null)), null), draft.version())).field());
        assertEquals("lines[1].quantity", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(
                line("", "安装", "", "1.0005", "100", null, null)), null), draft.version())).field(), "three decimals at most");
        assertEquals("lines[1].unitPrice", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(
                line("", "安装", "", "1", "-1", null, null)), null), draft.version())).field());
        assertEquals("lines[1].discountPercent", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(
                line("", "安装", "", "1", "100", "100.5", null)), null), draft.version())).field());
        assertEquals("discountPercent", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(MACHINE),
                new BigDecimal("-1")), draft.version())).field());
        List<NewContractLine> many = new ArrayList<>(Collections.nCopies(ContractService.MAX_LINES + 1, INSTALLATION));
        assertEquals("contract.error.tooManyLines", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(many,
                null), draft.version())).getMessage());
        assertEquals(new BigDecimal("257640.00"), as(module.rep, () -> module.contracts.lines(draft.id())).totals().total(),
                "the machine line as it was: 228000 + 13%");

        // a contract made with a bad line is not made at all
        int before = as(module.rep, () -> module.contracts.forCustomer(customerId, 50)).size();
        refused(() -> module.contracts.create(contract("0"), new NewContractLines(List.of(MACHINE, line("", "安装", "", null, "1", null,
                null)), null)));
        assertEquals(before, as(module.rep, () -> module.contracts.forCustomer(customerId, 50)).size());
    }

    @Test
    void linesNeverTakeTheAmountBelowThePlanAndAreLockedOnceApproved() {
        Contract draft = as(module.rep, () -> module.contracts.create(contract("0"), new NewContractLines(List.of(MACHINE), null)));
        Contract planned = as(module.rep, () -> module.payments.addInstalment(draft.id(), new NewInstalment(TODAY.plusDays(30),
                new BigDecimal("200000"), 7), draft.version()));
        InputRefusedException belowPlan = refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(
                INSTALLATION), null), planned.version()));
        assertEquals(List.of("lines", "contract.error.amountBelowPlan"), List.of(belowPlan.field(), belowPlan.getMessage()));
        assertEquals(1, as(module.rep, () -> module.contracts.lines(draft.id())).lines().size(), "the lines as they were");

        Contract approved = as(module.rep, () -> module.contracts.submit(draft.id(), planned.version(), ""));
        assertEquals("contract.error.notDraft", refused(() -> module.contracts.setLines(draft.id(), new NewContractLines(List.of(
                MACHINE, INSTALLATION), null), approved.version())).getMessage());

        // signed and renewed: the successor draft has the same lines and amount
        Contract signed = as(module.rep, () -> module.contracts.sign(draft.id(), TODAY, TODAY, approved.version()));
        Contract renewal = as(module.rep, () -> module.contracts.renew(signed.id(), signed.version()));
        assertEquals(signed.amount(), renewal.amount());
        assertEquals(List.of("数控机床"), as(module.rep, () -> module.contracts.lines(renewal.id())).lines().stream()
                .map(ContractLine::description).toList());
    }

    @Test
    void whoMayNotSeeAmountsSeesWhatWasSoldButNoPrices() {
        Contract draft = as(module.rep, () -> module.contracts.create(contract("0"), new NewContractLines(List.of(MACHINE), null)));
        module.customer.security.roleDefaults.apply("contract-test", List.of(new RoleTemplate("contract-clerk", "Contract clerk")),
                List.of(new DefaultGrant("contract-clerk", ContractService.PERMISSION_READ, RecordScope.ALL)));
        Subject clerk = module.customer.security.user("wenyuan", null, "contract-clerk");
        ContractLines seen = as(clerk, () -> module.contracts.lines(draft.id()));
        ContractLine machine = seen.lines().get(0);
        assertEquals("数控机床", machine.description());
        assertEquals(new BigDecimal("2.000"), machine.quantity());
        assertNull(machine.unitPrice());
        assertNull(machine.net());
        assertNull(seen.totals());
        // another rep reads them as a contract that does not exist
        assertThrows(java.util.NoSuchElementException.class, () -> as(module.otherRep, () -> module.contracts.lines(draft.id())));
    }
}
