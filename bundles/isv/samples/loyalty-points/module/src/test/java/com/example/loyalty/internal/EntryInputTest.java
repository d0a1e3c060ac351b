package com.example.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.loyalty.LedgerService;
import org.junit.jupiter.api.Test;

/** A new entry is checked before anything is written; the refusal names a text the page translates. */
class EntryInputTest {

    @Test
    void aReasonIsTrimmedAndTheAmountMayBeNegative() {
        assertEquals("Birthday bonus", EntryInput.check(-50, "  Birthday bonus "));
    }

    @Test
    void badInputIsRefusedWithATextKey() {
        assertEquals("loyalty.error.zero", assertThrows(IllegalArgumentException.class, () -> EntryInput.check(0, "x")).getMessage());
        assertEquals("loyalty.error.tooLarge", assertThrows(IllegalArgumentException.class,
                () -> EntryInput.check(LedgerService.MAX_AMOUNT + 1, "x")).getMessage());
        assertEquals("loyalty.error.noReason", assertThrows(IllegalArgumentException.class, () -> EntryInput.check(5, " ")).getMessage());
        assertEquals("loyalty.error.reasonTooLong", assertThrows(IllegalArgumentException.class,
                () -> EntryInput.check(5, "x".repeat(LedgerService.MAX_REASON + 1))).getMessage());
    }
}
