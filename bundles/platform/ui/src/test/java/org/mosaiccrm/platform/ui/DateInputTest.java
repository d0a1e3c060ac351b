package org.mosaiccrm.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Dates typed as people type them are read, or refused; none is guessed. */
class DateInputTest {

    private static final Optional<LocalDate> DEC_7 = Optional.of(LocalDate.of(2026, 12, 7));

    @Test
    void isoChineseSlashedDottedCompactAndFullWidthFormsAreRead() {
        for (String typed : new String[] {"2026-12-07", "2026-12-7", " 2026/12/7 ", "2026.12.07", "2026年12月7日",
                "2026 年 12 月 7 日", "2026年12月7号", "20261207", "２０２６－１２－０７", "２０２６年１２月７日"}) {
            assertEquals(DEC_7, DateInput.parse(typed), typed);
        }
    }

    @Test
    void theAmericanFormTheSalesPagesShowedIsReadMonthFirst() {
        assertEquals(DEC_7, DateInput.parse("12/7/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 2)), DateInput.parse("1/2/2026"));
    }

    @Test
    void noDayOfTheCalendarAndAmbiguousOrForeignFormsAreRefused() {
        for (String typed : new String[] {"2026-02-30", "2026-13-01", "13/7/2026", "7.12.2026", "tomorrow", "明天", "",
                "2026-12", "12/7/26"}) {
            assertEquals(Optional.empty(), DateInput.parse(typed), typed);
        }
        assertEquals(Optional.empty(), DateInput.parse(null));
    }

    @Test
    void everyDateIsShownIso() {
        assertEquals("2026-12-07", DateInput.format(LocalDate.of(2026, 12, 7)));
        assertEquals("", DateInput.format(null));
    }
}
