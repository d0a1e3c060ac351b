package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * A draft's line items as a whole, replacing the ones it had.
 *
 * @param lines           at most {@link ContractService#MAX_LINES}; empty to go back to an amount typed as a whole
 * @param discountPercent the discount on the whole, 0 to 100, at most two decimals; null: none
 */
public record NewContractLines(List<NewContractLine> lines, BigDecimal discountPercent) {

    public NewContractLines {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** No lines. */
    public static NewContractLines none() {
        return new NewContractLines(List.of(), null);
    }
}
