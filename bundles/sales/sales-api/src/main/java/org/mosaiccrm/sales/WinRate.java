package org.mosaiccrm.sales;

import java.time.LocalDate;

/** The opportunities the caller may see that were won or lost from {@code from} to {@code to} (inclusive). */
public record WinRate(LocalDate from, LocalDate to, long won, long lost) {

    /** Won as a percentage of those closed (rounded down), or {@code null} when none closed. */
    public Integer percent() {
        return percent(won, lost);
    }

    static Integer percent(long won, long lost) {
        return won + lost == 0 ? null : (int) (won * 100 / (won + lost));
    }
}
