package org.mosaiccrm.contract;

/**
 * Where a milestone stands, worked out as it is read from its due date, when it was done and today.
 *
 * @since 1.2
 */
public enum MilestoneStatus {
    /** Not done, not yet due. */
    PENDING,
    /** Done on or before its due date. */
    DONE,
    /** Not done, its due date passed. */
    LATE,
    /** Done after its due date. */
    DONE_LATE
}
