package org.mosaiccrm.contract.service.internal;

import java.util.NoSuchElementException;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractSigners;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Signers;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signatories on {@code CON_CONTRACT} (its {@code CUSTOMER_SIGNER_ID} and {@code OUR_SIGNER_ID}): the
 * customer's looked up through the customer core as the caller may see it, ours among the users who
 * may sign in; a change of the contract like any other (version, scope, audit).
 */
@Component(service = ContractSigners.class)
public class JpaContractSigners implements ContractSigners {

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final ContactService contacts;
    private final UserDirectory users;
    private final ContractChanges changes;

    @Activate
    public JpaContractSigners(@Reference ContractDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference ContactService contacts, @Reference UserDirectory users) {
        this.database = database.database();
        this.policy = policy;
        this.contacts = contacts;
        this.users = users;
        this.changes = ContractChanges.of(this.database, policy, audit);
    }

    @Override
    public Signers signers(long contractId) {
        ContractChanges.requireReadable(database, policy, contractId);
        return database.read(em -> em.find(ContractEntity.class, contractId).signers());
    }

    @Override
    public Contract setSigners(long contractId, Signers signers, long contractVersion) {
        policy.require(ContractService.PERMISSION_EDIT);
        Long customerId = signers.customerContactId() == null ? null : contactsCustomer(signers.customerContactId());
        if (signers.ourSignerId() != null
                && users.enabledUsers().stream().noneMatch(user -> user.id() == signers.ourSignerId().longValue())) {
            throw new InputRefusedException("ourSignerId", "contract.error.ourSigner");
        }
        return changes.change(contractId, contractVersion, ContractService.PERMISSION_EDIT, (em, contract) -> {
            if (contract.status() != ContractStatus.DRAFT && contract.status() != ContractStatus.APPROVED) {
                throw new InputRefusedException("status", "contract.error.signersLocked");
            }
            if (customerId != null && customerId != contract.customerId()) {
                throw new InputRefusedException("customerContactId", "contract.error.signerContact");
            }
            contract.signers(signers);
        }, ContractChanges.toContract(policy));
    }

    /** The customer of contact {@code id} as the caller may see it; refused when there is none for them. */
    private long contactsCustomer(long id) {
        try {
            return contacts.find(id).map(Contact::customerId)
                    .orElseThrow(() -> new InputRefusedException("customerContactId", "contract.error.signerContact"));
        } catch (AccessDeniedException | NoSuchElementException outOfScope) {
            throw new InputRefusedException("customerContactId", "contract.error.signerContact");
        }
    }
}
