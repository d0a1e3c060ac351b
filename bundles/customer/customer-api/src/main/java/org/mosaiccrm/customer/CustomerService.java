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
    /** Needed to change customers (within the record scope). */
    String PERMISSION_EDIT = "customer.edit";
    /** Sensitive field: needed to see or set a customer's tax id. */
    String PERMISSION_TAX_ID = "customer.taxid.read";

    int MAX_NAME = 200;
    int MAX_PAGE = 500;

    /**
     * Creates a customer.
     *
     * @throws CustomerInputException when a field is missing or malformed; nothing is written
     */
    Customer create(NewCustomer customer);

    /**
     * Changes a customer the caller may edit (record scope of {@link #PERMISSION_EDIT}).
     *
     * @param version the version the caller read; a concurrent change is refused, not overwritten
     * @throws CustomerInputException when a field is malformed; nothing is written
     * @throws java.util.NoSuchElementException when the customer does not exist
     */
    Customer update(long id, NewCustomer changes, long version);

    /**
     * @return the customer, or empty when it does not exist
     * @throws org.mosaiccrm.platform.security.AccessDeniedException when it lies outside the caller's record scope
     */
    Optional<Customer> find(long id);

    /** A page of the customers in the caller's record scope, ordered by name; {@code limit} is capped at {@link #MAX_PAGE}. */
    List<Customer> page(int offset, int limit);

    /** Customers whose name, email or phone starts with {@code prefix} (case-insensitive). */
    List<Customer> search(String prefix, int limit);

    long count();
}
