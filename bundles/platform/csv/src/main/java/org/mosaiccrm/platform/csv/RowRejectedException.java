package org.mosaiccrm.platform.csv;

/** Thrown by {@link CsvRowHandler#read} for a row that cannot be imported; the row is rejected, the import goes on. */
public class RowRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field     the field at fault, or null for the row as a whole
     * @param reasonKey an i18n key
     */
    public RowRejectedException(String field, String reasonKey) {
        super(reasonKey, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reasonKey() {
        return getMessage();
    }
}
