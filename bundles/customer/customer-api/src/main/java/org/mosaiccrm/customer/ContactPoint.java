package org.mosaiccrm.customer;

/**
 * One more address, phone or email of a customer or contact, beyond its main ones: a billing
 * address, a delivery address, a fax, a second mobile. Same rules as the main field of its kind;
 * read back with text never null (empty label when none).
 *
 * @param kind  address, phone or email
 * @param label what it is for, e.g. "billing", "开票地址", "fax"; optional, at most
 *              {@link CustomerService#MAX_CONTACT_POINT_LABEL} characters
 * @param value the address, number or email
 */
public record ContactPoint(ContactPointKind kind, String label, String value) {

    public static ContactPoint address(String label, String value) {
        return new ContactPoint(ContactPointKind.ADDRESS, label, value);
    }

    public static ContactPoint phone(String label, String value) {
        return new ContactPoint(ContactPointKind.PHONE, label, value);
    }

    public static ContactPoint email(String label, String value) {
        return new ContactPoint(ContactPointKind.EMAIL, label, value);
    }
}
