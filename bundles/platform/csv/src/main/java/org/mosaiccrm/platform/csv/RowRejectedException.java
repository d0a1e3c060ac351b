package org.mosaiccrm.platform.csv;

import java.util.List;

/** Thrown by {@link CsvRowHandler#read} for a row that cannot be imported; the row is rejected, the import goes on. */
public class RowRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    /**
     * @param field     the field at fault, or null for the row as a whole
     * @param reasonKey an i18n key
     */
    public RowRejectedException(String field, String reasonKey) {
        this(List.of(new RowProblem(field, reasonKey)));
    }

    /** A row with everything wrong with it, the first problem first (at least one). */
    public RowRejectedException(List<RowProblem> problems) {
        super(problems.get(0).reasonKey(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public String field() {
        return problems.get(0).field();
    }

    public String reasonKey() {
        return getMessage();
    }

    /** Every problem found, the first one first. */
    public List<RowProblem> problems() {
        return problems;
    }
}
