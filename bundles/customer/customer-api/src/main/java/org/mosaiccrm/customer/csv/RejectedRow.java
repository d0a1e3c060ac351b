package org.mosaiccrm.customer.csv;

import java.util.List;

/**
 * A row the import did not take, and everything wrong with it.
 *
 * @param line      where the row starts in the file (the header is line 1)
 * @param field     the field of the first problem, or null for the row as a whole
 * @param reasonKey the first problem's i18n key, e.g. {@code customer.error.email.invalid}
 * @param values    the row as read
 * @param problems  every problem found, the first one first (at least the one above); @since 1.2
 */
public record RejectedRow(long line, ImportField field, String reasonKey, List<String> values, List<Problem> problems) {

    public RejectedRow {
        values = List.copyOf(values);
        problems = problems == null || problems.isEmpty() ? List.of(new Problem(field, reasonKey)) : List.copyOf(problems);
    }

    /** A row with one problem. */
    public RejectedRow(long line, ImportField field, String reasonKey, List<String> values) {
        this(line, field, reasonKey, values, List.of());
    }

    /**
     * One thing wrong with the row.
     *
     * @param field     the field at fault, or null for the row as a whole
     * @param reasonKey an i18n key
     * @since 1.2
     */
    public record Problem(ImportField field, String reasonKey) {
    }
}
