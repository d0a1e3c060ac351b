package org.mosaiccrm.platform.csv;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's side of an import: checks one row, writes a batch of checked rows. Called on the
 * import's worker thread, as the user who started it.
 *
 * @param <R> a checked row, ready to write
 */
@ConsumerType
public interface CsvRowHandler<R> {

    /**
     * Checks a row (it has as many values as the header has columns).
     *
     * @throws RowRejectedException when the row cannot be imported
     */
    R read(long line, List<String> values);

    /**
     * Writes a batch of checked rows, at most {@link CsvImports#BATCH}, in one transaction. Rows the
     * module declines (e.g. not in the user's scope) are reported in the result; when the database
     * refuses the transaction, throw: the import then writes the rows one by one and rejects only
     * the one at fault, so that the rest of the file goes on.
     */
    BatchResult write(List<R> rows);

    /** What writing a batch did. */
    record BatchResult(int created, int updated, int skipped, List<Rejection> rejected) {

        public BatchResult {
            rejected = List.copyOf(rejected);
        }
    }
}
