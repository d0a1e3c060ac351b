package org.mosaiccrm.customer;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates, changes and reads customers. Lists are always paged by key: no call returns a whole
 * table and no page costs more than the first. Every method checks the caller's permission and
 * record scope and throws {@code AccessDeniedException} without them.
 */
@ProviderType
public interface CustomerService {

    /** Needed to read customers (their contacts and timeline included). */
    /**
     * The record type of customers' attachments ({@link org.mosaiccrm.platform.attachment.Attachments}).
     *
     * @since 3.4
     */
    String ATTACHMENT_TYPE = "customer";

    String PERMISSION_READ = "customer.read";
    /** Needed to create customers. */
    String PERMISSION_CREATE = "customer.create";
    /** Needed to change customers and their contacts (within the record scope). */
    String PERMISSION_EDIT = "customer.edit";
    /** Needed to merge customers: the merged one is removed (within the record scope). */
    String PERMISSION_DELETE = "customer.delete";
    /** Needed to import customers from CSV. */
    String PERMISSION_IMPORT = "customer.import";
    /** Needed to export a list of customers as CSV (only customers in the record scope are written). */
    String PERMISSION_EXPORT = "customer.export";
    /** Sensitive field: needed to see or set a customer's tax id. */
    String PERMISSION_TAX_ID = "customer.taxid.read";

    int MAX_NAME = 200;
    int MAX_PAGE = 500;
    int MAX_TAGS = 20;
    int MAX_TAG = 40;
    int MAX_NOTES = 4000;
    /** Further addresses, phones and emails a customer or contact may have beyond its main ones. */
    int MAX_CONTACT_POINTS = 10;
    int MAX_CONTACT_POINT_LABEL = 40;

    /**
     * Creates a customer.
     *
     * @throws InputRefusedException when a field is missing or malformed; nothing is written
     */
    Customer create(NewCustomer customer);

    /**
     * Changes a customer the caller may edit (record scope of {@link #PERMISSION_EDIT}).
     *
     * @param version the version the caller read; a concurrent change is refused, not overwritten
     * @throws InputRefusedException when a field is malformed; nothing is written
     * @throws java.util.NoSuchElementException when the customer does not exist
     * @throws jakarta.persistence.OptimisticLockException when it changed since {@code version}
     */
    Customer update(long id, NewCustomer changes, long version);

    /**
     * @return the customer, or empty when it does not exist or lies outside the caller's record scope
     *         (the two read alike, so that nobody learns which customers exist)
     * @throws org.mosaiccrm.platform.security.AccessDeniedException when the caller may not read customers at all
     */
    Optional<Customer> find(long id);

    /**
     * A page of the customers in the caller's record scope matching {@code query}.
     *
     * @param after where the page starts ({@link Page#next()} of the page before); null for the first page
     * @param limit capped at {@link #MAX_PAGE}
     */
    Page<Customer> list(CustomerQuery query, PageCursor after, int limit);

    /**
     * How many customers in the caller's scope match {@code query}, counted up to {@code max}
     * (a list says "more than 10,000" rather than count a million rows on every filter change).
     */
    long count(CustomerQuery query, long max);

    /**
     * Existing customers that look like {@code candidate}: same email, same phone, or the same
     * normalised name (see {@link DuplicateReason}). Checked across all customers, so a rep is
     * warned about a customer a colleague owns; those come without a name.
     *
     * @param ignoreId a customer not to report (the one being edited), or null
     */
    List<DuplicateMatch> duplicates(NewCustomer candidate, Long ignoreId, int limit);

    /**
     * Merges {@code mergedId} into {@code survivorId}: the survivor keeps its values and takes the
     * merged customer's where its own are empty, and all tags; contacts, interactions and child
     * companies move to it; every {@link CustomerMergeParticipant} moves its module's references;
     * the merged customer is removed and the merge is recorded in the audit log.
     *
     * @param survivorVersion the version of the survivor the caller read
     * @throws org.mosaiccrm.platform.security.AccessDeniedException without {@link #PERMISSION_EDIT} on
     *         the survivor and {@link #PERMISSION_DELETE} on the merged customer (record scope)
     * @throws InputRefusedException when both ids are the same
     * @throws java.util.NoSuchElementException when either does not exist
     * @throws jakarta.persistence.OptimisticLockException when the survivor changed since {@code survivorVersion}
     */
    Customer merge(long survivorId, long survivorVersion, long mergedId);

    /** The customer a removed customer was merged into (following chains of merges), if it was. */
    Optional<Long> mergedInto(long id);

    /** Customers whose name, email or phone starts with {@code prefix} (case- and width-insensitive). */
    List<Customer> search(String prefix, int limit);

    /** Values in use for a classification, most used first (for suggestions and filters). */
    List<String> suggestions(Category category, int limit);

    /** The caller's saved filters, by name. */
    List<SavedFilter> savedFilters();

    /** Saves {@code query} under {@code name} for the caller, replacing one of the same name. */
    SavedFilter saveFilter(String name, CustomerQuery query);

    /** Deletes one of the caller's saved filters. */
    void deleteFilter(long id);
}
