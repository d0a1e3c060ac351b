package com.example.loyalty.internal;

import com.example.loyalty.LedgerService;

/** Checks a new entry before anything is written; the message is a text key the UI translates. */
final class EntryInput {

    private EntryInput() {
    }

    /** The reason as stored: trimmed. */
    static String check(long amount, String reason) {
        if (amount == 0) {
            throw new IllegalArgumentException("loyalty.error.zero");
        }
        if (Math.abs(amount) > LedgerService.MAX_AMOUNT) {
            throw new IllegalArgumentException("loyalty.error.tooLarge");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("loyalty.error.noReason");
        }
        if (clean.length() > LedgerService.MAX_REASON) {
            throw new IllegalArgumentException("loyalty.error.reasonTooLong");
        }
        return clean;
    }
}
