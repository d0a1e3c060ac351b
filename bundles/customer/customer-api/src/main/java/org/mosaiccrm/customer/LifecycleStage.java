package org.mosaiccrm.customer;

/** Where a customer stands with us (客户阶段). */
public enum LifecycleStage {
    /** Known, not yet qualified. */
    LEAD,
    /** Qualified, no business yet. */
    PROSPECT,
    /** Doing business with us. */
    ACTIVE,
    /** Was active, no business for a while. */
    DORMANT,
    /** Gone to a competitor or no longer in business. */
    LOST
}
