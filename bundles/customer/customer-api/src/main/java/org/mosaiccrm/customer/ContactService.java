package org.mosaiccrm.customer;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Contacts of customers. Reading needs {@link CustomerService#PERMISSION_READ}, changing needs
 * {@link CustomerService#PERMISSION_EDIT}, both within the record scope of the contact's customer.
 */
@ProviderType
public interface ContactService {

    int MAX_CONTACTS_PAGE = 200;

    /** @throws InputRefusedException when a field is missing or malformed; nothing is written */
    Contact create(NewContact contact);

    /** @throws jakarta.persistence.OptimisticLockException when it changed since {@code version} */
    Contact update(long id, NewContact changes, long version);

    void delete(long id);

    Optional<Contact> find(long id);

    /** The customer's contacts by name. */
    List<Contact> ofCustomer(long customerId, int offset, int limit);

    /** Contacts in the caller's scope whose name, email, phone or mobile starts with {@code prefix}. */
    List<Contact> search(String prefix, int limit);
}
