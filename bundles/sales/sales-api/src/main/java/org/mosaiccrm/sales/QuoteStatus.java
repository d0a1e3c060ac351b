package org.mosaiccrm.sales;

/** Where a quote stands. A sent quote whose validity has passed is {@link #EXPIRED}. */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED
}
