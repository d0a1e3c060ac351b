package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.NewContractLine;
import org.mosaiccrm.contract.NewContractLines;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.money.LineTotals;

/**
 * A line item as typed, checked on its own and priced; refusals name the field with the line's
 * position ({@code lines[2].quantity}) so a form can mark it.
 */
record ContractLineInput(String productCode, String description, String unit, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate, BigDecimal net) {

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.999");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Checked lines and the discount on the whole. */
    record Checked(List<ContractLineInput> lines, BigDecimal discountPercent) {

        LineTotals totals() {
            return LineTotals.of(lines.stream().map(line -> new LineTotals.TaxedNet(line.net(), line.taxRate())).toList(),
                    discountPercent);
        }
    }

    /** @param contractTaxRate the rate of a line typed without one */
    static Checked of(NewContractLines input, BigDecimal contractTaxRate) {
        if (input.lines().size() > ContractService.MAX_LINES) {
            throw new InputRefusedException("lines", "contract.error.tooManyLines", ContractService.MAX_LINES);
        }
        List<ContractLineInput> lines = new ArrayList<>();
        for (NewContractLine line : input.lines()) {
            lines.add(of("lines[" + (lines.size() + 1) + "].", line, contractTaxRate));
        }
        BigDecimal discount = percent("discountPercent", input.discountPercent());
        Checked checked = new Checked(lines, discount);
        if (checked.totals().total().compareTo(ContractInput.MAX_AMOUNT) > 0) {
            throw new InputRefusedException("lines", "contract.error.amount");
        }
        return checked;
    }

    private static ContractLineInput of(String field, NewContractLine line, BigDecimal contractTaxRate) {
        String description = ContractInput.line(field + "description", line.description(), ContractService.MAX_TITLE);
        if (description.isEmpty()) {
            throw new InputRefusedException(field + "description", "contract.error.lineDescriptionRequired");
        }
        BigDecimal quantity = line.quantity();
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0
                || quantity.stripTrailingZeros().scale() > 3) {
            throw new InputRefusedException(field + "quantity", "contract.error.quantity");
        }
        BigDecimal unitPrice = ContractInput.money(field + "unitPrice", line.unitPrice(), false);
        BigDecimal discount = percent(field + "discountPercent", line.discountPercent());
        BigDecimal taxRate = line.taxRate() == null ? contractTaxRate : percent(field + "taxRate", line.taxRate());
        BigDecimal net = LineTotals.lineNet(quantity, unitPrice, discount);
        if (net.compareTo(ContractInput.MAX_AMOUNT) > 0) {
            throw new InputRefusedException(field + "quantity", "contract.error.amount");
        }
        return new ContractLineInput(ContractInput.line(field + "productCode", line.productCode(), ContractService.MAX_CODE),
                description, ContractInput.line(field + "unit", line.unit(), ContractService.MAX_UNIT), quantity.setScale(3),
                unitPrice, discount, taxRate, net);
    }

    /** A percent as typed: 0 to 100, at most two decimals; null is 0. */
    static BigDecimal percent(String field, BigDecimal percent) {
        BigDecimal value = percent == null ? BigDecimal.ZERO : percent;
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InputRefusedException(field, "contract.error.percent");
        }
        return value.setScale(2);
    }

    /** How the audit log shows the line. */
    String auditText() {
        return (productCode.isEmpty() ? "" : productCode + " ") + description + ": " + quantity.stripTrailingZeros().toPlainString()
                + (unit.isEmpty() ? "" : " " + unit) + " × " + unitPrice.toPlainString()
                + (discountPercent.signum() == 0 ? "" : " −" + discountPercent.stripTrailingZeros().toPlainString() + "%")
                + ", tax " + taxRate.stripTrailingZeros().toPlainString() + "% = " + net.toPlainString();
    }
}
