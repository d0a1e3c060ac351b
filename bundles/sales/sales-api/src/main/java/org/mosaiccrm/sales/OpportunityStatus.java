package org.mosaiccrm.sales;

/** Whether an opportunity is still being worked on. */
public enum OpportunityStatus {
    OPEN,
    WON,
    LOST
}
