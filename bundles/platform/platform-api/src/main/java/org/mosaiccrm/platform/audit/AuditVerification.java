package org.mosaiccrm.platform.audit;

/**
 * The result of checking the keyed hash chain.
 *
 * @param intact         whether every entry matched its hash and its predecessor, and the chain
 *                       reaches the newest head written outside the database
 * @param checkedEntries how many entries were checked
 * @param brokenAt       the first sequence number that failed, or {@code null}
 * @param problem        what failed, e.g. {@code entry altered} or {@code entries missing at the end}
 * @param headSequence   the newest entry's sequence number (0 for an empty log)
 * @param headHash       the newest entry's hash: written down elsewhere, it proves later that
 *                       nothing up to it was changed
 * @param anchorSequence the head last written outside the database that the chain was checked
 *                       against, or {@code null} when there was none yet
 * @since 1.1
 */
public record AuditVerification(boolean intact, long checkedEntries, Long brokenAt, String problem,
        long headSequence, String headHash, Long anchorSequence) {

    /** A result without the head (as before 1.1). */
    public AuditVerification(boolean intact, long checkedEntries, Long brokenAt, String problem) {
        this(intact, checkedEntries, brokenAt, problem, 0, "", null);
    }
}
