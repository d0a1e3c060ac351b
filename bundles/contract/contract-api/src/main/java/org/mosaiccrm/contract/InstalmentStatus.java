package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where an instalment of a payment plan stands (回款状态): nothing received yet, part of it, all of it, or due and not paid in full. */
public enum InstalmentStatus {
    PENDING, PARTLY_PAID, PAID, OVERDUE;

    /** Paid in full counts first; a due date passed without it is overdue, whatever came in before. */
    public static InstalmentStatus of(BigDecimal amount, BigDecimal received, LocalDate dueDate, LocalDate today) {
        if (received.compareTo(amount) >= 0) {
            return PAID;
        }
        if (dueDate.isBefore(today)) {
            return OVERDUE;
        }
        return received.signum() > 0 ? PARTLY_PAID : PENDING;
    }
}
