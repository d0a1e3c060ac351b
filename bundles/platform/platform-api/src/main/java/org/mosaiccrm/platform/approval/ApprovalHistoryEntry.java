package org.mosaiccrm.platform.approval;

import java.time.Instant;

/**
 * A line of a record's approval history.
 *
 * @param action {@code SUBMITTED, APPROVED, REJECTED, SENT_BACK, ADDED_APPROVER, TRANSFERRED, WITHDRAWN, COMMENTED,
 *               AUTO_PASSED, REMINDED, ESCALATED, DECIDED}
 */
public record ApprovalHistoryEntry(long requestId, Instant at, Long userId, String action, int step, String comment) {
}
