package org.mosaiccrm.customer.service.internal;

import jakarta.persistence.EntityManager;

/**
 * Contacts carry their customer's owner (CUS_CONTACT.OWNER_ID) so that a rep's contact search is
 * one index range, not a join with three million rows: whoever changes a customer's owner or moves
 * contacts keeps it in step, in the same transaction.
 */
public final class ContactOwners {

    private ContactOwners() {
    }

    /** After the owner of {@code customerId} changed to {@code ownerId}. */
    public static void follow(EntityManager em, long customerId, long ownerId) {
        em.createQuery("update ContactEntity c set c.ownerId = :owner where c.customerId = :customer")
                .setParameter("owner", ownerId).setParameter("customer", customerId).executeUpdate();
    }
}
