package org.mosaiccrm.contract.service.internal;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.security.AccessPolicy;

/**
 * How the contract services reach a contract alike: a change checked for scope and version and
 * audited, with the module's texts; a read of what hangs off a contract only within its scope; the
 * contract given out with its amounts only to who may see them.
 */
final class ContractChanges {

    static final String RECORD_TYPE = "Contract";

    private ContractChanges() {
    }

    static RecordChanges<ContractEntity> of(ModuleDatabase database, AccessPolicy policy, AuditLog audit) {
        return RecordChanges.of(database, policy, audit, ContractService.MODULE_ID, RECORD_TYPE, ContractEntity.class,
                ContractEntity::ownerId, ContractEntity::version, ContractEntity::auditFields)
                .withMessages("contract.error.notFound", "contract.error.changedMeanwhile");
    }

    /**
     * Checks the caller may read contract {@code id} (one out of scope reads as one that does not
     * exist) and tells whether they see amounts.
     */
    static boolean requireReadable(ModuleDatabase database, AccessPolicy policy, long id) {
        policy.require(ContractService.PERMISSION_READ);
        policy.readable(ContractService.PERMISSION_READ, database.read(em -> Optional.ofNullable(em.find(ContractEntity.class, id))),
                ContractEntity::ownerId).orElseThrow(() -> new NoSuchElementException("contract.error.notFound"));
        return policy.isPermitted(ContractService.PERMISSION_AMOUNT);
    }

    /** The contract as the caller may see it. */
    static Function<ContractEntity, Contract> toContract(AccessPolicy policy) {
        boolean amountVisible = policy.isPermitted(ContractService.PERMISSION_AMOUNT);
        return contract -> contract.toContract(amountVisible);
    }
}
