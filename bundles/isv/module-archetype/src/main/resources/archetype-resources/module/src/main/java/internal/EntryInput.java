package ${package}.internal;

import ${package}.LedgerService;

/** Checks a new entry before anything is written; the message is a text key the UI translates. */
final class EntryInput {

    private EntryInput() {
    }

    /** The reason as stored: trimmed. */
    static String check(long amount, String reason) {
        if (amount == 0) {
            throw new IllegalArgumentException("${moduleId}.error.zero");
        }
        if (Math.abs(amount) > LedgerService.MAX_AMOUNT) {
            throw new IllegalArgumentException("${moduleId}.error.tooLarge");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("${moduleId}.error.noReason");
        }
        if (clean.length() > LedgerService.MAX_REASON) {
            throw new IllegalArgumentException("${moduleId}.error.reasonTooLong");
        }
        return clean;
    }
}
