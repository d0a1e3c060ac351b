package org.mosaiccrm.contract;

/** The kind of VAT invoice asked for: special (增值税专用发票, the buyer deducts its input tax) or ordinary (增值税普通发票). */
public enum InvoiceType {
    VAT_SPECIAL, VAT_ORDINARY
}
