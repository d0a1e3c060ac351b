package org.mosaiccrm.customer.service.internal.contact;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.service.internal.SearchKeys;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * A customer's first contact named in an import row (联系人, with title, mobile and email), checked
 * by the same rules as a contact entered by hand and written with its customer.
 */
public final class ImportedContact {

    private final ContactInput input;

    private ImportedContact(ContactInput input) {
        this.input = input;
    }

    /**
     * @throws org.mosaiccrm.customer.InputRefusedException naming the contact's field at fault:
     *         {@code name}, {@code title}, {@code mobile} or {@code email}
     */
    public static ImportedContact check(String name, String title, String mobile, String email) {
        return new ImportedContact(ContactInput.of(new NewContact(0, name, title, null, null, mobile, email, List.of(), null,
                null)));
    }

    /**
     * Adds the contact to the customer, unless the customer has a contact of that name already (an
     * import run again, or a customer updated from a file).
     *
     * @return whether it was added
     */
    public boolean addTo(EntityManager em, long customerId, long ownerId, Instant now) {
        Long same = em.createQuery("select count(c) from ContactEntity c where c.customerId = :customer and c.nameKey = :key",
                Long.class).setParameter("customer", customerId).setParameter("key", SearchKeys.name(input.name()))
                .getSingleResult();
        if (same > 0) {
            return false;
        }
        ContactInput forCustomer = new ContactInput(customerId, input.name(), input.title(), input.role(), input.phone(),
                input.mobile(), input.email(), input.contactPoints(), input.preferredChannel(), input.notes());
        em.persist(new ContactEntity(forCustomer, ownerId, now));
        return true;
    }
}
