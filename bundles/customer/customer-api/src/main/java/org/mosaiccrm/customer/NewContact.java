package org.mosaiccrm.customer;

import java.util.List;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * What a user enters for a contact. Same rules as for customers: empty is "not set", bad input is
 * refused with a {@link InputRefusedException} and nothing is written.
 */
public record NewContact(long customerId, String name, String title, BuyingRole role, String phone, String mobile,
        String email, List<ContactPoint> contactPoints, Channel preferredChannel, String notes) {

    public NewContact {
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    /** Input without further contact points (the shape of API 3.1). */
    public NewContact(long customerId, String name, String title, BuyingRole role, String phone, String mobile,
            String email, Channel preferredChannel, String notes) {
        this(customerId, name, title, role, phone, mobile, email, List.of(), preferredChannel, notes);
    }

    public static NewContact of(Contact contact) {
        return new NewContact(contact.customerId(), contact.name(), contact.title(), contact.role(), contact.phone(),
                contact.mobile(), contact.email(), contact.contactPoints(), contact.preferredChannel(), contact.notes());
    }
}
