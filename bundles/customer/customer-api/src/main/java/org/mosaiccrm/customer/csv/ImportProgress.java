package org.mosaiccrm.customer.csv;

import java.util.List;

/**
 * Where an import stands.
 *
 * @param fraction      share of the file read, 0 to 1
 * @param firstRejected the first rejected rows (up to 100); all of them through {@link CustomerCsv#writeRejected}
 * @param failureKey    why the import stopped early (state FAILED), as an i18n key; else null
 */
public record ImportProgress(String jobId, String fileName, ImportState state, double fraction, long rowsRead,
        long created, long updated, long skipped, long rejected, List<RejectedRow> firstRejected, String failureKey) {

    public ImportProgress {
        firstRejected = List.copyOf(firstRejected);
    }

    /** The states of an import. */
    public enum ImportState {
        RUNNING, DONE, CANCELLED, FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }
}
