package com.example.loyalty.internal;

import com.example.loyalty.LedgerService;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * Checks a new entry before anything is written. A refusal is the platform's {@link InputRefusedException}:
 * the field it is about and a text key the UI translates.
 */
final class EntryInput {

    private EntryInput() {
    }

    /** The reason as stored: trimmed. */
    static String check(long amount, String reason) {
        if (amount == 0) {
            throw new InputRefusedException("amount", "loyalty.error.zero");
        }
        if (Math.abs(amount) > LedgerService.MAX_AMOUNT) {
            throw new InputRefusedException("amount", "loyalty.error.tooLarge");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InputRefusedException("reason", "loyalty.error.noReason");
        }
        if (clean.length() > LedgerService.MAX_REASON) {
            throw new InputRefusedException("reason", "loyalty.error.reasonTooLong");
        }
        return clean;
    }
}
