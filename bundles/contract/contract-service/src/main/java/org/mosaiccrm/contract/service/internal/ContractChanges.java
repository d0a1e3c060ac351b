package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;
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
 * audited, with the module's texts ({@link RecordChanges}), which keeps the receivables ageing and the
 * sums of contracts signed in step ({@link Receivables}, {@link SignedSums}); a read of what hangs off a contract only within its scope; the contract given
 * out with its amounts only to who may see them.
 */
final class ContractChanges {

    static final String RECORD_TYPE = "Contract";

    private final RecordChanges<ContractEntity> changes;

    private ContractChanges(RecordChanges<ContractEntity> changes) {
        this.changes = changes;
    }

    static ContractChanges of(ModuleDatabase database, AccessPolicy policy, AuditLog audit) {
        return new ContractChanges(RecordChanges.of(database, policy, audit, ContractService.MODULE_ID, RECORD_TYPE,
                ContractEntity.class, ContractEntity::ownerId, ContractEntity::version, ContractEntity::auditFields)
                .withMessages("contract.error.notFound", "contract.error.changedMeanwhile"));
    }

    /**
     * Changes contract {@code id} as {@link RecordChanges#change} does; when the contract is (or may
     * become) collected, what it owes past due moves in the ageing, and what it adds to the signed
     * contracts' sums, in the same transaction.
     */
    <R> R change(long id, long readVersion, String permission, RecordChanges.Change<ContractEntity> change,
            Function<ContractEntity, R> toRecord) {
        return changes.change(id, readVersion, permission, (em, contract) -> {
            if (!Receivables.concerns(contract)) {
                change.apply(em, contract);
                return;
            }
            LocalDate asOf = Receivables.lock(em);
            Receivables.Share before = Receivables.Share.of(em, contract);
            SignedSums.Share signedBefore = SignedSums.Share.of(contract);
            change.apply(em, contract);
            em.flush();
            Receivables.move(em, asOf, before, Receivables.Share.of(em, contract));
            SignedSums.move(em, signedBefore, SignedSums.Share.of(contract));
        }, toRecord);
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
