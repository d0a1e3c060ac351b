package org.mosaiccrm.sales;

import java.math.BigDecimal;

/**
 * A line of a quote as stored: the product's facts are copied, so a later price-list change does not
 * alter a quote already made.
 *
 * @param productId       the product
 * @param productCode     its code at the time
 * @param description     its name at the time
 * @param unit            its unit
 * @param quantity        how many
 * @param unitPrice       price per unit before tax
 * @param discountPercent the line's discount
 * @param taxRate         tax in percent
 * @param net             quantity × unit price less the line's discount, rounded to cents
 */
public record QuoteLine(long productId, String productCode, String description, String unit, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal net) {
}
