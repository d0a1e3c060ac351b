package org.mosaiccrm.contract;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who signs a contract (签约人), named by who may edit it before it is signed (a draft or an approved
 * contract); the contract's change, audited with its fields. Refusals come as an
 * {@code InputRefusedException} naming the field.
 *
 * @since 1.2
 */
@ProviderType
public interface ContractSigners {

    /** The contract's signatories, as the caller may read the contract. */
    Signers signers(long contractId);

    /**
     * Names the signatories of a contract read at {@code contractVersion}: the customer's must be a
     * contact of the contract's customer the caller may see ({@code contract.error.signerContact}),
     * ours a user who may sign in ({@code contract.error.ourSigner}). Refused once signed
     * ({@code contract.error.signersLocked}).
     */
    Contract setSigners(long contractId, Signers signers, long contractVersion);
}
