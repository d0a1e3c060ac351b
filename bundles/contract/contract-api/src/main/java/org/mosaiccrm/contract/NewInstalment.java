package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An instalment as a user plans it, or its change.
 *
 * @param dueDate          required
 * @param amount           required, more than 0, at most two decimals; the plan's sum never above the contract amount
 * @param remindDaysBefore 0 to {@link ContractPayments#MAX_REMIND_DAYS}
 */
public record NewInstalment(LocalDate dueDate, BigDecimal amount, int remindDaysBefore) {
}
