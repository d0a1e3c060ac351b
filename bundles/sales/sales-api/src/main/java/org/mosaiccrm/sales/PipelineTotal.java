package org.mosaiccrm.sales;

import java.math.BigDecimal;

/**
 * The open opportunities the caller may see, in one currency.
 *
 * @param currency the currency
 * @param count    how many are open
 * @param amount   their amount
 * @param weighted their amount weighted by probability
 */
public record PipelineTotal(String currency, long count, BigDecimal amount, BigDecimal weighted) {
}
