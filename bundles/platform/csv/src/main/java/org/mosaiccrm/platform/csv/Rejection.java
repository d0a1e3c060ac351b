package org.mosaiccrm.platform.csv;

import java.util.List;

/**
 * A row an import did not take, and why.
 *
 * @param line      where the row starts in the file (the header is line 1)
 * @param field     the module's name of the field at fault, or null for the row as a whole
 * @param reasonKey an i18n key, e.g. {@code customer.error.email.invalid}
 * @param values    the row as read
 */
public record Rejection(long line, String field, String reasonKey, List<String> values) {

    public Rejection {
        values = List.copyOf(values);
    }
}
