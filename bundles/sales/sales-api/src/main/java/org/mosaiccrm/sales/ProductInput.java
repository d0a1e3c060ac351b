package org.mosaiccrm.sales;

import java.math.BigDecimal;

/**
 * What a manager enters for a price-list entry.
 *
 * @param code     unique article code (required, at most 40 characters)
 * @param name     required, at most 200 characters
 * @param unit     required, at most 20 characters
 * @param price    0 or more, at most two decimals
 * @param currency ISO 4217 code; empty for CNY
 * @param taxRate  0 to 100 percent, at most two decimals
 * @param active   whether it may be put on new quotes
 */
public record ProductInput(String code, String name, String unit, BigDecimal price, String currency, BigDecimal taxRate,
        boolean active) {
}
