package org.mosaiccrm.contract;

import java.time.LocalDate;

/**
 * What finance records when it issues a requested invoice.
 *
 * @param invoiceNumber  the number printed on it (发票号码): 8 to 20 digits
 * @param issuedOn       required, not after today
 * @param trackingNumber the courier's tracking number it was sent with (快递单号); optional
 */
public record InvoiceIssue(String invoiceNumber, LocalDate issuedOn, String trackingNumber) {
}
