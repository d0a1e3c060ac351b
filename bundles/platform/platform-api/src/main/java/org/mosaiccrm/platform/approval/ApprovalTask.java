package org.mosaiccrm.platform.approval;

import java.time.Instant;

/**
 * One approver's part in one step of a request.
 *
 * @param delegatorId whose task this is, when the approver acts for an absent colleague; else null
 */
public record ApprovalTask(long id, ApprovalRequest request, int step, String stepName, long approverId, Long delegatorId,
        State state, Instant createdAt, Instant decidedAt, String comment) {

    /** Where a task stands. */
    public enum State {
        /** Not this approver's turn yet (one after another, or added after someone). */
        QUEUED,
        WAITING, APPROVED, REJECTED, SENT_BACK, TRANSFERRED,
        /** Ended without this approver: another approved an any-one step, the request was withdrawn or sent back. */
        CANCELLED
    }
}
