package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice (发票) of a contract, requested or issued.
 *
 * @param amount         null when the caller may not see contract amounts
 * @param invoiceNumber  empty until issued
 * @param issuedOn       null until issued
 * @param trackingNumber may be empty
 */
public record Invoice(long id, long contractId, InvoiceType type, InvoiceStatus status, String title, String taxNumber, String bank,
        String account, BigDecimal amount, String invoiceNumber, LocalDate issuedOn, String trackingNumber, long requestedBy) {
}
