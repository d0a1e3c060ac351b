package org.mosaiccrm.customer;

/**
 * Input the customer service refuses. {@link #getMessage()} is an i18n key the UI translates
 * (e.g. {@code customer.error.name.required}); {@link #field()} names the field to mark.
 */
public class CustomerInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public CustomerInputException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
