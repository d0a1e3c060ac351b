package org.mosaiccrm.customer;

/**
 * What a user enters to create a customer.
 *
 * @param name  required, at most {@link CustomerService#MAX_NAME} characters
 * @param type  required
 * @param email optional, must look like an email address
 * @param phone optional, digits with + - ( ) and spaces
 * @param city  optional
 * @param taxId optional; ignored for users without {@link CustomerService#PERMISSION_TAX_ID}
 */
public record NewCustomer(String name, CustomerType type, String email, String phone, String city, String taxId) {

    public NewCustomer(String name, CustomerType type, String email, String phone, String city) {
        this(name, type, email, phone, city, null);
    }

    /** The editable fields of an existing customer, to change some of them. */
    public static NewCustomer of(Customer customer) {
        return new NewCustomer(customer.name(), customer.type(), customer.email(), customer.phone(), customer.city(),
                customer.taxId());
    }
}
