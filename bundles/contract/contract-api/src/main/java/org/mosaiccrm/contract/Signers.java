package org.mosaiccrm.contract;

/**
 * Who signs a contract (签约人): a contact of its customer and one of our users.
 *
 * @param customerContactId the customer's signatory, a contact of the contract's customer; null while not named
 * @param ourSignerId       our signatory, a user of the CRM; null while not named
 * @since 1.2
 */
public record Signers(Long customerContactId, Long ourSignerId) {

    /** Nobody named yet. */
    public static Signers none() {
        return new Signers(null, null);
    }
}
