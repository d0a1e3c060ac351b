package org.mosaiccrm.platform.csv;

import java.util.List;

/**
 * Where an import stands.
 *
 * @param fraction      share of the file read, 0 to 1
 * @param firstRejected the first rejected rows (up to {@link CsvImports#SHOWN_REJECTED}); all of
 *                      them through {@link CsvImports#writeRejected}
 * @param failureKey    why the import stopped early (state FAILED), as an i18n key; else null
 */
public record CsvImportStatus(String jobId, String fileName, State state, double fraction, long rowsRead, long created,
        long updated, long skipped, long rejected, List<Rejection> firstRejected, String failureKey) {

    public CsvImportStatus {
        firstRejected = List.copyOf(firstRejected);
    }

    /** The states of an import. */
    public enum State {
        RUNNING, DONE, CANCELLED, FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }
}
