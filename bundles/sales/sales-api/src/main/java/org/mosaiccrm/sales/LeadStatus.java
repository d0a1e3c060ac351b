package org.mosaiccrm.sales;

/** Where a lead stands: being worked, converted into a customer (and opportunity), or disqualified. */
public enum LeadStatus {
    OPEN, CONVERTED, DISQUALIFIED
}
