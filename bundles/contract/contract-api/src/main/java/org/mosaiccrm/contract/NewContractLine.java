package org.mosaiccrm.contract;

import java.math.BigDecimal;

/**
 * A line item as a user types it or a module passes it on (from an accepted quote, say).
 *
 * @param productCode     optional, at most {@link ContractService#MAX_CODE} characters
 * @param description     required, at most {@link ContractService#MAX_TITLE} characters
 * @param unit            optional, at most {@link ContractService#MAX_UNIT} characters
 * @param quantity        required, more than 0, at most three decimals
 * @param unitPrice       required, 0 or more, to the cent
 * @param discountPercent 0 to 100, at most two decimals; null: none
 * @param taxRate         0 to 100, at most two decimals; null: the contract's tax rate
 */
public record NewContractLine(String productCode, String description, String unit, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate) {
}
