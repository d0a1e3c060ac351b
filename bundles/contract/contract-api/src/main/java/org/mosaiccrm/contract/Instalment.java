package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of a contract's payment plan (回款计划).
 *
 * @param number           its place in the plan, 1 for the earliest due
 * @param amount           what is due; null (as {@code received}) when the caller may not see contract amounts
 * @param received         what the receipts recorded against it add up to
 * @param remindDaysBefore how many days before the due date its owner is reminded
 * @param status           as of today
 */
public record Instalment(long id, long contractId, int number, LocalDate dueDate, BigDecimal amount, BigDecimal received,
        int remindDaysBefore, InstalmentStatus status) {
}
