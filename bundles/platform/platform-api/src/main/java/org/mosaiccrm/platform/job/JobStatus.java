package org.mosaiccrm.platform.job;

import java.time.Instant;

/**
 * What a job did last, for operators.
 *
 * @param id the job's id
 * @param schedule its cron expression; {@code null} for one-off work
 * @param nextRun when it fires next on this node; {@code null} for one-off work
 * @param lastStart when its last run started (on any node); {@code null} if it never ran
 * @param lastEnd when its last run ended; {@code null} while running or if it never ran
 * @param lastOutcome how the last run ended
 * @param lastError the last failure's message, {@code null} if the last run succeeded
 * @param lastNode the node that ran it last
 * @param runs how many runs started
 * @param failures how many of them failed
 */
public record JobStatus(String id, String schedule, Instant nextRun, Instant lastStart, Instant lastEnd,
        Outcome lastOutcome, String lastError, String lastNode, long runs, long failures) {

    public enum Outcome {
        NEVER_RAN, RUNNING, SUCCEEDED, FAILED
    }
}
