package org.mosaiccrm.platform.approval;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's approvable record type (a document a module keeps), registered as a whiteboard service. The
 * engine asks it about a record (its fields for conditions, who may submit it and see its approval),
 * keeps a snapshot of it at submission, restores that snapshot when the approval is rejected or
 * withdrawn, and tells it the outcome. While a record is pending, the module refuses edits
 * ({@link Approvals#requireNotPending}).
 */
@ConsumerType
public interface ApprovableRecords {

    /** The type's id, prefixed with the module's id ({@code "<module>.<record>"}). */
    String recordType();

    /** i18n key naming the type in the flow editor and the lists. */
    String labelKey();

    /** The fields a flow's conditions may test. */
    List<ApprovalField> fields();

    /** The record as approval sees it, whoever asks (the engine decides who sees its approval). */
    Optional<ApprovableRecord> find(long recordId);

    /** Whether the calling user may submit the record (their own permission and scope on it). */
    boolean maySubmit(long recordId);

    /** Whether the calling user may see the record and so its approval history. */
    boolean mayRead(long recordId);

    /** What approval covers, as text the module reads back in {@link #restore}. */
    String snapshot(long recordId);

    /** Puts the record back as it was at submission (after a rejection or a withdrawal). */
    void restore(long recordId, String snapshot);

    /** The approval ended: the module marks the record (approved: it may now be sent, signed…). */
    void decided(long recordId, ApprovalOutcome outcome);

    /**
     * The flow the type ships with, kept as its first version the first time its flow is asked for
     * (a process administrator may change or switch it off later); empty: no approval until one is saved.
     *
     * @since 1.1
     */
    default Optional<DefaultFlow> defaultFlow() {
        return Optional.empty();
    }
}
