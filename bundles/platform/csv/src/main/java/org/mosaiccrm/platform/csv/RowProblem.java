package org.mosaiccrm.platform.csv;

/**
 * One thing wrong with an import row.
 *
 * @param field     the module's name of the field at fault, or null for the row as a whole
 * @param reasonKey an i18n key, e.g. {@code customer.error.email.invalid}
 */
public record RowProblem(String field, String reasonKey) {
}
