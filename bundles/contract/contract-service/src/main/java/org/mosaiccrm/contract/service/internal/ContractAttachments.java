package org.mosaiccrm.contract.service.internal;

import java.util.Optional;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.attachment.AttachableRecords;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contracts take attachments (the signed scan, the annexes): their files are seen by whoever may read
 * the contract and added or removed by whoever may edit it, within the record scope of its owner.
 */
@Component(service = AttachableRecords.class)
public class ContractAttachments implements AttachableRecords {

    private final ContractService contracts;
    private final AccessPolicy policy;

    @Activate
    public ContractAttachments(@Reference ContractService contracts, @Reference AccessPolicy policy) {
        this.contracts = contracts;
        this.policy = policy;
    }

    @Override
    public String recordType() {
        return ContractService.ATTACHMENT_TYPE;
    }

    @Override
    public boolean mayRead(long recordId) {
        return readable(recordId).isPresent();
    }

    @Override
    public boolean mayChange(long recordId) {
        Optional<Contract> contract = readable(recordId);
        try {
            return contract.isPresent() && policy.ownerFilter(ContractService.PERMISSION_EDIT).includes(contract.get().ownerId());
        } catch (AccessDeniedException mayNotEdit) {
            return false;
        }
    }

    private Optional<Contract> readable(long recordId) {
        try {
            return contracts.find(recordId);
        } catch (AccessDeniedException mayNotRead) {
            return Optional.empty();
        }
    }
}
