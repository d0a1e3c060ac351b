package org.mosaiccrm.platform.csv;

/**
 * A file the import cannot read at all (empty, not text, no header...) or settings that cannot
 * work. {@link #getMessage()} is an i18n key; {@link #line()} the line concerned, or 0.
 */
public class CsvFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFileException(String messageKey, long line) {
        super(messageKey);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
