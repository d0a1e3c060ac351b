package org.mosaiccrm.contract.service.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.security.AccessPolicy;

/** How every contract service changes a contract: scope, version and audit alike, with the module's texts. */
final class ContractChanges {

    static final String RECORD_TYPE = "Contract";

    private ContractChanges() {
    }

    static RecordChanges<ContractEntity> of(ModuleDatabase database, AccessPolicy policy, AuditLog audit) {
        return RecordChanges.of(database, policy, audit, ContractService.MODULE_ID, RECORD_TYPE, ContractEntity.class,
                ContractEntity::ownerId, ContractEntity::version, ContractEntity::auditFields)
                .withMessages("contract.error.notFound", "contract.error.changedMeanwhile");
    }
}
