package org.mosaiccrm.sales;

import java.math.BigDecimal;

/**
 * A line as the user enters it.
 *
 * @param productId       a product of the price list, in the quote's currency
 * @param quantity        more than 0, at most three decimals
 * @param unitPrice       price per unit before tax; {@code null} for the list price
 * @param discountPercent 0 to 100, at most two decimals; {@code null} for none
 */
public record QuoteLineInput(long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
}
