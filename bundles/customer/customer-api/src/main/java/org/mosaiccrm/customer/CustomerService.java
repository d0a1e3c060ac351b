package org.mosaiccrm.customer;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates and reads customers. Lists are always paged: no call returns a whole table. Every method
 * checks the caller's permission and throws {@code AccessDeniedException} without it.
 */
@ProviderType
public interface CustomerService {

    /** Needed to read customers. */
    String PERMISSION_READ = "customer.read";
    /** Needed to create customers. */
    String PERMISSION_CREATE = "customer.create";

    int MAX_NAME = 200;
    int MAX_PAGE = 500;

    /**
     * Creates a customer.
     *
     * @throws CustomerInputException when a field is missing or malformed; nothing is written
     */
    Customer create(NewCustomer customer);

    Optional<Customer> find(long id);

    /** A page of customers ordered by name; {@code limit} is capped at {@link #MAX_PAGE}. */
    List<Customer> page(int offset, int limit);

    /** Customers whose name, email or phone starts with {@code prefix} (case-insensitive). */
    List<Customer> search(String prefix, int limit);

    long count();
}
