/**
 * Approvals (审批) for any module's records: a module registers its record type as
 * {@link org.mosaiccrm.platform.approval.ApprovableRecords}; a process administrator defines a flow per
 * type ({@link org.mosaiccrm.platform.approval.ApprovalFlows}); users submit, approve, reject, send back,
 * add approvers (加签), transfer and withdraw through {@link org.mosaiccrm.platform.approval.Approvals}.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mosaiccrm.platform.approval;
