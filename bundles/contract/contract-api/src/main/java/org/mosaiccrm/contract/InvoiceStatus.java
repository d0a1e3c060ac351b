package org.mosaiccrm.contract;

/** An invoice asked for by the contract's owner, then issued by finance. */
public enum InvoiceStatus {
    REQUESTED, ISSUED
}
