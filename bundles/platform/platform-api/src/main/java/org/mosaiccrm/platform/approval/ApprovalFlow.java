package org.mosaiccrm.platform.approval;

import java.time.Instant;
import java.util.List;

/**
 * A version of the flow of one record type. Saving a flow makes a new version; a record in flight
 * keeps the version it was submitted under.
 *
 * @param savedBy the user who saved it, or {@code module <id>} for the flow a module ships ({@link #shipped()})
 */
public record ApprovalFlow(long id, String recordType, int version, String name, List<ApprovalStep> steps, boolean active,
        Instant savedAt, String savedBy) {

    /** What {@link #savedBy()} starts with for the flow a module ships (kept as version 1 when first asked for). */
    public static final String SHIPPED_BY = "module ";

    public ApprovalFlow {
        steps = List.copyOf(steps);
    }

    /** Whether this is the flow its module ships, as yet unchanged by a process administrator. */
    public boolean shipped() {
        return savedBy.startsWith(SHIPPED_BY);
    }
}
