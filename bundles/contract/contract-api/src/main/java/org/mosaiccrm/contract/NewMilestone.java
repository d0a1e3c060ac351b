package org.mosaiccrm.contract;

import java.time.LocalDate;

/**
 * A milestone as a user plans it, or its change.
 *
 * @param kind             required
 * @param title            required, at most {@link ContractService#MAX_TITLE} characters
 * @param dueDate          required
 * @param remindDaysBefore 0 to {@link ContractPayments#MAX_REMIND_DAYS}
 * @since 1.2
 */
public record NewMilestone(MilestoneKind kind, String title, LocalDate dueDate, int remindDaysBefore) {
}
