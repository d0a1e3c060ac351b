package org.mosaiccrm.platform.approval;

/**
 * One step of a flow.
 *
 * @param condition      when the step applies, or null for always
 * @param fallbackUserId who approves when the rule finds nobody (no team lead, an empty role), or null
 * @param autoPass       with nobody found and no fallback: the step passes by itself (else the submission is refused)
 * @param limitHours     how long the step may wait before its approvers are reminded, then escalated; 0: no limit
 */
public record ApprovalStep(String name, ApproverRule approvers, StepMode mode, StepCondition condition, Long fallbackUserId,
        boolean autoPass, int limitHours) {
}
