package org.mosaiccrm.customer.ui.internal;

import java.util.Optional;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessDeniedException;

/** A customer a screen shows beside another (a parent company): absent when gone or outside the user's scope. */
final class ReadableCustomer {

    private ReadableCustomer() {
    }

    static Optional<Customer> find(CustomerService customers, long id) {
        try {
            return customers.find(id);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
