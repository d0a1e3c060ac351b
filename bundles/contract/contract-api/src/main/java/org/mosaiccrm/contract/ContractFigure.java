package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One group of a contracts report: how many contracts, for how much, how much of it came in and was
 * invoiced, in one currency.
 *
 * @param key      what the group is: a status name, a type code, an owner's user id or a month
 *                 ({@code 2026-03}), as {@link ContractGrouping} says
 * @param currency ISO 4217 code
 * @param count    how many contracts
 * @param amount   their amounts added up
 * @param received what was received on them (回款)
 * @param invoiced what was invoiced on them (开票)
 * @since 1.2
 */
public record ContractFigure(String key, String currency, long count, BigDecimal amount, BigDecimal received, BigDecimal invoiced) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The collection rate (回款率): received of the amount in percent, one decimal, rounded down; 100 for nothing owed. */
    public BigDecimal collectedPercent() {
        if (amount.signum() == 0) {
            return HUNDRED.setScale(1);
        }
        return received.multiply(HUNDRED).divide(amount, 1, RoundingMode.DOWN);
    }
}
