package org.mosaiccrm.platform.approval;

import java.time.Instant;
import java.util.List;

/**
 * A version of the flow of one record type. Saving a flow makes a new version; a record in flight
 * keeps the version it was submitted under.
 */
public record ApprovalFlow(long id, String recordType, int version, String name, List<ApprovalStep> steps, boolean active,
        Instant savedAt, String savedBy) {

    public ApprovalFlow {
        steps = List.copyOf(steps);
    }
}
