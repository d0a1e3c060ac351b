package org.mosaiccrm.platform.approval;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The process administrator's side: the flows of the approvable types. */
@ProviderType
public interface ApprovalFlows {

    /** Permission of the process administrator (not the user administrator's). */
    String PERMISSION_ADMINISTER = "platform.approvals.administer";

    /** The approvable types of the installed modules. */
    List<ApprovableType> types();

    /** The current (newest) version of each type's flow. */
    List<ApprovalFlow> flows();

    /** The current version of one type's flow, if it has one. */
    Optional<ApprovalFlow> flow(String recordType);

    /**
     * Saves a type's flow as its next version; records in flight keep theirs.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException for a flow without steps, a step without approvers, an
     *         unknown field or role, a condition without a value
     */
    ApprovalFlow save(String recordType, String name, List<ApprovalStep> steps);

    /** Switches a type's flow off (a new version, inactive): new records need no approval. */
    ApprovalFlow deactivate(String recordType);

    /** An approvable type as the flow editor shows it. */
    record ApprovableType(String recordType, String labelKey, List<ApprovalField> fields) {
    }
}
