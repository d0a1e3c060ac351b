package org.mosaiccrm.customer.service.internal;

import java.util.Optional;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.attachment.AttachableRecords;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customers take attachments (the signed contract scan, the business licence): their files are seen
 * by whoever may read the customer, added and removed by whoever may edit it — both within the
 * caller's record scope, as every customer call.
 */
@Component(service = AttachableRecords.class)
public class CustomerAttachments implements AttachableRecords {

    private final CustomerService customers;
    private final AccessPolicy policy;

    @Activate
    public CustomerAttachments(@Reference CustomerService customers, @Reference AccessPolicy policy) {
        this.customers = customers;
        this.policy = policy;
    }

    @Override
    public String recordType() {
        return CustomerService.ATTACHMENT_TYPE;
    }

    @Override
    public boolean mayRead(long recordId) {
        return readable(recordId).isPresent();
    }

    @Override
    public boolean mayChange(long recordId) {
        Optional<Customer> customer = readable(recordId);
        try {
            return customer.isPresent() && policy.ownerFilter(CustomerService.PERMISSION_EDIT).includes(customer.get().ownerId());
        } catch (AccessDeniedException mayNotEdit) {
            return false;
        }
    }

    private Optional<Customer> readable(long recordId) {
        try {
            return customers.find(recordId);
        } catch (AccessDeniedException mayNotRead) {
            return Optional.empty();
        }
    }
}
