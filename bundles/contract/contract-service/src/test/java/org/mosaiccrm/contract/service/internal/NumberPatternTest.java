package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Contract number patterns: the default, a monthly series, and patterns that cannot work refused with the reason. */
class NumberPatternTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);

    @Test
    void theDefaultCountsPerYear() {
        NumberPattern pattern = NumberPattern.of(NumberPattern.DEFAULT);
        assertEquals("HT-2027", pattern.series(DAY));
        assertEquals("HT-2027-00042", pattern.format(DAY, 42));
        assertEquals("HT-2027-123456", pattern.format(DAY, 123456), "more than N digits when the year needs them");
    }

    @Test
    void aPatternWithTheMonthStartsAgainEachMonth() {
        NumberPattern pattern = NumberPattern.of(" SH{yy}{MM}{seq:4} ");
        assertEquals("SH2703", pattern.series(DAY));
        assertEquals("SH27030007", pattern.format(DAY, 7));
        assertEquals("SH2704", pattern.series(DAY.plusMonths(1)));
        assertEquals("CG/2027/001", NumberPattern.of("CG/{yyyy}/{seq:3}").format(DAY, 1));
    }

    @Test
    void patternsThatCannotWorkAreRefusedSayingWhy() {
        assertEquals("a number pattern has one {seq} or {seq:N}: HT-{yyyy}",
                assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("HT-{yyyy}")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{seq}-{seq}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("合同{seq}"), "text the number column and search keep simple");
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("HT {seq}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{dd}{seq}"), "an unknown token is text, and braces are not");
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ-{seq:9}"));
    }
}
