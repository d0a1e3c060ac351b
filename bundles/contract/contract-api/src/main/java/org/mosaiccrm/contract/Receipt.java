package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment received against an instalment (回款记录).
 *
 * @param instalmentNumber the number of the instalment it was recorded against
 * @param amount           null when the caller may not see contract amounts
 * @param reference        the bank's or the bill's reference as typed; may be empty
 * @param recordedBy       the user who recorded it
 */
public record Receipt(long id, long contractId, long instalmentId, int instalmentNumber, LocalDate receivedOn, BigDecimal amount,
        ReceiptMethod method, String reference, long recordedBy, Instant recordedAt) {
}
