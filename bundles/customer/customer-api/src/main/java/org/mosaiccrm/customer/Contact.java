package org.mosaiccrm.customer;

import java.util.List;

/**
 * A person at a customer (联系人). Text fields are never null.
 *
 * @param id               its id
 * @param customerId       the customer it belongs to (its owner decides the record scope)
 * @param name             full name
 * @param title            job title
 * @param role             part in the buying decision, null when unknown
 * @param phone            office phone
 * @param mobile           mobile phone
 * @param email            email
 * @param contactPoints    further addresses, phones and emails
 * @param preferredChannel how to reach the person, null when no preference
 * @param notes            free notes
 * @param version          for optimistic locking
 */
public record Contact(long id, long customerId, String name, String title, BuyingRole role, String phone, String mobile,
        String email, List<ContactPoint> contactPoints, Channel preferredChannel, String notes, long version) {

    public Contact {
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    /** A contact without further contact points (the shape of API 3.1). */
    public Contact(long id, long customerId, String name, String title, BuyingRole role, String phone, String mobile,
            String email, Channel preferredChannel, String notes, long version) {
        this(id, customerId, name, title, role, phone, mobile, email, List.of(), preferredChannel, notes, version);
    }
}
