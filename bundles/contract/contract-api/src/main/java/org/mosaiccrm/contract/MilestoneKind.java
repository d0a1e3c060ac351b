package org.mosaiccrm.contract;

/**
 * What a milestone of a contract's execution is.
 *
 * @since 1.2
 */
public enum MilestoneKind {
    /** Something we deliver (交付): goods, an installation, a report. */
    DELIVERY,
    /** Something promised to be done (履约义务): training, an acceptance test, a service visit. */
    OBLIGATION
}
