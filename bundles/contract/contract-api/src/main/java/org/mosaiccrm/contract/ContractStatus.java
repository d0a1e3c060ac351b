package org.mosaiccrm.contract;

/** Where a contract stands: draft → pending approval → approved → signed → in execution → completed, or terminated or void. */
public enum ContractStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, SIGNED, IN_EXECUTION, COMPLETED, TERMINATED, VOID;

    /** Whether its amount and terms may still be changed (before approval). */
    public boolean editable() {
        return this == DRAFT;
    }
}
