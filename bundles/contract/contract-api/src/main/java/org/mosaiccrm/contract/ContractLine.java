package org.mosaiccrm.contract;

import java.math.BigDecimal;

/**
 * A line item of a contract (合同产品明细), as stored: what was typed or taken from an order, never
 * looked up again, so a later price-list change does not alter a contract.
 *
 * @param position        1 for the first line
 * @param productCode     the product's code, or empty
 * @param description     what is sold
 * @param unit            its unit (台, hour…), or empty
 * @param quantity        how many, to three decimals
 * @param unitPrice       price per unit before tax; null when the caller may not see contract amounts
 * @param discountPercent the line's discount
 * @param taxRate         tax in percent
 * @param net             quantity × unit price less the line's discount, rounded to cents; null as the price
 */
public record ContractLine(int position, String productCode, String description, String unit, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal net) {
}
