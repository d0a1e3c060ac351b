package org.mosaiccrm.platform.security;

/**
 * Bad input for a user, role or team. {@link #getMessage()} is an i18n key; {@link #field()} names
 * the field.
 */
public class SecurityInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public SecurityInputException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
