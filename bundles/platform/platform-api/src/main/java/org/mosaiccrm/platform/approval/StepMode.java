package org.mosaiccrm.platform.approval;

/** How the approvers of one step decide. */
public enum StepMode {
    /** One after another, in the order named; each must approve. */
    SEQUENTIAL,
    /** All must approve (会签), in any order. */
    ALL,
    /** Any one approves (或签): the first decision counts for the step. */
    ANY
}
