package org.mosaiccrm.customer.service.internal;

import java.util.regex.Pattern;

import org.mosaiccrm.customer.CustomerInputException;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;

/**
 * A {@link NewCustomer} checked once, at the service boundary: trimmed, empty optional fields
 * made null, every rule broken reported with an i18n key and the field it concerns.
 */
record CustomerInput(String name, CustomerType type, String email, String phone, String city, String taxId) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]{3,30}");
    /** Control characters (except none allowed here) never reach the database. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    static CustomerInput of(NewCustomer in) {
        if (in == null) {
            throw new CustomerInputException("name", "customer.error.name.required");
        }
        String name = clean("name", in.name(), CustomerService.MAX_NAME);
        if (name == null) {
            throw new CustomerInputException("name", "customer.error.name.required");
        }
        if (in.type() == null) {
            throw new CustomerInputException("type", "customer.error.type.required");
        }
        String email = clean("email", in.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new CustomerInputException("email", "customer.error.email.invalid");
        }
        String phone = clean("phone", in.phone(), 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new CustomerInputException("phone", "customer.error.phone.invalid");
        }
        String city = clean("city", in.city(), 100);
        String taxId = clean("taxId", in.taxId(), 40);
        return new CustomerInput(name, in.type(), email, phone, city, taxId);
    }

    private static String clean(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (CONTROL.matcher(stripped).find()) {
            throw new CustomerInputException(field, "customer.error.control");
        }
        if (stripped.length() > max) {
            throw new CustomerInputException(field, "customer.error.tooLong");
        }
        return stripped;
    }
}
