package org.mosaiccrm.contract;

import java.time.LocalDate;

/**
 * A delivery or obligation of a contract's execution (交付/履约节点), with its due date and whether it
 * was done.
 *
 * @param id               its id
 * @param kind             delivery or obligation
 * @param title            what is to be done
 * @param dueDate          by when
 * @param remindDaysBefore the days before it its owner is reminded
 * @param doneOn           when it was done; null while it is not
 * @param status           where it stands today
 * @since 1.2
 */
public record Milestone(long id, MilestoneKind kind, String title, LocalDate dueDate, int remindDaysBefore, LocalDate doneOn,
        MilestoneStatus status) {
}
