package org.mosaiccrm.sales;

import java.math.BigDecimal;

/**
 * An entry of the price list.
 *
 * @param id       its id
 * @param code     unique article code, e.g. {@code CNC-200}
 * @param name     what it is, e.g. "数控机床 CNC-200"
 * @param unit     how it is counted, e.g. "台", "set", "hour"
 * @param price    list price per unit, before tax
 * @param currency ISO 4217 code of the price
 * @param taxRate  tax in percent, e.g. 13.00 for China's standard VAT
 * @param active   whether it may be put on new quotes
 * @param version  for optimistic locking: pass it back when changing
 */
public record Product(long id, String code, String name, String unit, BigDecimal price, String currency, BigDecimal taxRate,
        boolean active, long version) {
}
