package org.mosaiccrm.platform.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Approval of records at work. Every call acts for the calling user; every action is audited and
 * tells the people concerned through the notification centre.
 */
@ProviderType
public interface Approvals {

    /** EventAdmin topic posted when an approvable type comes or goes with its module (lists of tasks change). */
    String TYPES_CHANGED = "org/mosaiccrm/platform/approval/TYPES_CHANGED";

    /** Whether submitting this record now starts an approval: its type has an active flow with a step that applies. */
    boolean needsApproval(String recordType, long recordId);

    /**
     * Submits a record: snapshots it, locks it and opens the first step that applies.
     *
     * @throws org.mosaiccrm.platform.security.AccessDeniedException if the caller may not submit it
     * @throws org.mosaiccrm.platform.InputRefusedException if it is pending already, or a step finds no approver
     */
    ApprovalRequest submit(String recordType, long recordId, String comment);

    /** Approves the caller's waiting task; the step (and the request) go on as the step's mode says. */
    void approve(long taskId, String comment);

    /** Rejects: the request ends, the record returns to the submitter as it was at submission. A reason is required. */
    void reject(long taskId, String reason);

    /**
     * Sends the request back to an earlier step of its path, with a reason: {@code toStep} is the step's
     * index in the flow, or -1 for the step before the task's.
     */
    void sendBack(long taskId, int toStep, String reason);

    /** Adds an approver to the caller's step (加签): before the caller (they wait for the new one) or after. */
    void addApprover(long taskId, long userId, boolean before);

    /** Hands the caller's waiting task to someone else. */
    void transfer(long taskId, long userId, String comment);

    /** The submitter takes a pending request back; the record returns as it was at submission. */
    void withdraw(long requestId);

    /** Adds a comment to a request the caller takes part in. */
    void comment(long requestId, String text);

    /** The pending request of a record, if any. */
    Optional<ApprovalRequest> pending(String recordType, long recordId);

    /**
     * For a module's edit methods: refuses with {@code approval.error.pending} while the record is pending.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException while it is pending
     */
    void requireNotPending(String recordType, long recordId);

    /** Tasks waiting for the caller (their own and those of colleagues they stand in for), oldest first. */
    List<ApprovalTask> waitingForMe(int limit);

    /** How many tasks wait for the caller: the count beside "My approvals". */
    long waitingForMeCount();

    /** The caller's submissions, newest first. */
    List<ApprovalRequest> submittedByMe(int limit);

    /** Tasks the caller has decided, newest first. */
    List<ApprovalTask> doneByMe(int limit);

    /**
     * A record's approval history, every request, oldest first.
     *
     * @throws org.mosaiccrm.platform.security.AccessDeniedException if the caller may not see the record
     */
    List<ApprovalHistoryEntry> history(String recordType, long recordId);

    /** While the caller is away (from and to inclusive), their tasks go to {@code deputyId}. */
    void delegate(long deputyId, LocalDate from, LocalDate to);

    /** Ends the caller's delegation. */
    void endDelegation();

    /** The caller's delegation, if they gave one (past ones included until ended or replaced). */
    java.util.Optional<ApprovalDelegation> delegation();
}
