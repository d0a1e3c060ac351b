package org.mosaiccrm.platform.csv;

import java.util.List;

/**
 * A row an import did not take, and everything wrong with it.
 *
 * @param line      where the row starts in the file (the header is line 1)
 * @param field     the field of the first problem, or null for the row as a whole
 * @param reasonKey the first problem's i18n key, e.g. {@code customer.error.email.invalid}
 * @param values    the row as read
 * @param problems  every problem found, the first one first (at least the one above)
 */
public record Rejection(long line, String field, String reasonKey, List<String> values, List<RowProblem> problems) {

    public Rejection {
        values = List.copyOf(values);
        problems = problems == null || problems.isEmpty() ? List.of(new RowProblem(field, reasonKey)) : List.copyOf(problems);
    }

    /** A row with one problem. */
    public Rejection(long line, String field, String reasonKey, List<String> values) {
        this(line, field, reasonKey, values, List.of());
    }

    /** A row with these problems (at least one). */
    public static Rejection of(long line, List<RowProblem> problems, List<String> values) {
        return new Rejection(line, problems.get(0).field(), problems.get(0).reasonKey(), values, problems);
    }
}
