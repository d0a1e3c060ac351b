package org.mosaiccrm.platform.security;

/**
 * A new password broke a rule, or the current password was wrong. {@link #getMessage()} is an i18n
 * key: {@code password.tooShort}, {@code password.tooLong}, {@code password.common}, {@code
 * password.sameAsUser}, {@code password.wrongCurrent}, {@code password.unchanged}, {@code passwordLink.invalid},
 * {@code passwordLink.used}.
 */
public class PasswordRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PasswordRejectedException(String messageKey) {
        super(messageKey);
    }
}
