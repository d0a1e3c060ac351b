package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.util.List;

import org.mosaiccrm.platform.money.LineTotals;

/**
 * A contract's line items and their figures. A contract with lines has their total as its amount.
 *
 * @param lines           in their order; empty when the amount was typed as a whole
 * @param discountPercent the discount on the whole (整单折扣), before tax
 * @param totals          subtotal, discount, net, tax and total; null when the caller may not see contract amounts
 */
public record ContractLines(List<ContractLine> lines, BigDecimal discountPercent, LineTotals totals) {

    public ContractLines {
        lines = List.copyOf(lines);
    }
}
