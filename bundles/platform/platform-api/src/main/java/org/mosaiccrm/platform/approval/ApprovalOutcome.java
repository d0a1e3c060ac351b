package org.mosaiccrm.platform.approval;

/** How an approval ended. */
public enum ApprovalOutcome {
    APPROVED, REJECTED, WITHDRAWN
}
