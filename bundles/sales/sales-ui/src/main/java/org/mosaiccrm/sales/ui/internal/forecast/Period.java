package org.mosaiccrm.sales.ui.internal.forecast;

import java.time.LocalDate;
import java.time.YearMonth;

/** The forecast periods a user picks from, relative to today; both ends inclusive. */
enum Period {
    THIS_MONTH, NEXT_MONTH, THIS_QUARTER, NEXT_QUARTER, THIS_YEAR;

    YearMonth from(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
            case THIS_MONTH -> month;
            case NEXT_MONTH -> month.plusMonths(1);
            case THIS_QUARTER -> quarterStart(month);
            case NEXT_QUARTER -> quarterStart(month).plusMonths(3);
            case THIS_YEAR -> YearMonth.of(month.getYear(), 1);
        };
    }

    YearMonth to(LocalDate today) {
        return switch (this) {
            case THIS_MONTH, NEXT_MONTH -> from(today);
            case THIS_QUARTER, NEXT_QUARTER -> from(today).plusMonths(2);
            case THIS_YEAR -> from(today).plusMonths(11);
        };
    }

    private static YearMonth quarterStart(YearMonth month) {
        return YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
    }
}
