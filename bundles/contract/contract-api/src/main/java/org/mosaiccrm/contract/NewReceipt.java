package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as a user records it.
 *
 * @param instalmentId required: an instalment of the contract's plan
 * @param receivedOn   required, not after today
 * @param amount       required, more than 0, at most what is still due on the instalment
 * @param method       required
 * @param reference    optional, one line of at most {@link ContractPayments#MAX_REFERENCE} characters
 */
public record NewReceipt(long instalmentId, LocalDate receivedOn, BigDecimal amount, ReceiptMethod method, String reference) {
}
