package org.mosaiccrm.platform.approval;

import java.time.Instant;

/**
 * A record submitted for approval.
 *
 * @param step the index (in the flow version's steps) of the step waiting, or -1 once decided
 */
public record ApprovalRequest(long id, String recordType, long recordId, String title, String route, long flowId,
        int flowVersion, long submitterId, State state, int step, Instant submittedAt, Instant decidedAt) {

    /** Where a request stands. */
    public enum State {
        PENDING, APPROVED, REJECTED, WITHDRAWN
    }
}
