package org.mosaiccrm.customer;

/**
 * What a user enters for a contact. Same rules as for customers: empty is "not set", bad input is
 * refused with a {@link CustomerInputException} and nothing is written.
 */
public record NewContact(long customerId, String name, String title, BuyingRole role, String phone, String mobile,
        String email, Channel preferredChannel, String notes) {

    public static NewContact of(Contact contact) {
        return new NewContact(contact.customerId(), contact.name(), contact.title(), contact.role(), contact.phone(),
                contact.mobile(), contact.email(), contact.preferredChannel(), contact.notes());
    }
}
