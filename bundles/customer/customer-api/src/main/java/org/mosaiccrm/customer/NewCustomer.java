package org.mosaiccrm.customer;

/**
 * What a user enters to create a customer.
 *
 * @param name  required, at most {@link CustomerService#MAX_NAME} characters
 * @param type  required
 * @param email optional, must look like an email address
 * @param phone optional, digits with + - ( ) and spaces
 * @param city  optional
 */
public record NewCustomer(String name, CustomerType type, String email, String phone, String city) {
}
