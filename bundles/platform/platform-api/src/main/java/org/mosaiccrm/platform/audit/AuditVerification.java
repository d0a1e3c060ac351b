package org.mosaiccrm.platform.audit;

/**
 * The result of checking the hash chain.
 *
 * @param intact         whether every entry matched its hash and its predecessor
 * @param checkedEntries how many entries were checked
 * @param brokenAt       the first sequence number that failed, or {@code null}
 * @param problem        what failed, e.g. {@code hash mismatch} or {@code entry missing}
 */
public record AuditVerification(boolean intact, long checkedEntries, Long brokenAt, String problem) {
}
