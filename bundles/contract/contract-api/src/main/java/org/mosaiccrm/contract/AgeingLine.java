package org.mosaiccrm.contract;

import java.math.BigDecimal;

/**
 * What is overdue for one owner (and customer, in an ageing per customer) in one currency, by days
 * past the due date.
 *
 * @param customerId the customer, or {@code null} in an ageing per owner
 * @since 1.1
 */
public record AgeingLine(long ownerId, Long customerId, String currency, BigDecimal days1To30, BigDecimal days31To60,
        BigDecimal days61To90, BigDecimal over90Days) {

    /** All that is overdue. */
    public BigDecimal total() {
        return days1To30.add(days31To60).add(days61To90).add(over90Days);
    }
}
