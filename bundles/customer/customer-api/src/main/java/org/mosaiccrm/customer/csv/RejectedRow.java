package org.mosaiccrm.customer.csv;

import java.util.List;

/**
 * A row the import did not take, and why.
 *
 * @param line      where the row starts in the file (the header is line 1)
 * @param field     the field at fault, or null for the row as a whole
 * @param reasonKey an i18n key, e.g. {@code customer.error.email.invalid}
 * @param values    the row as read
 */
public record RejectedRow(long line, ImportField field, String reasonKey, List<String> values) {

    public RejectedRow {
        values = List.copyOf(values);
    }
}
