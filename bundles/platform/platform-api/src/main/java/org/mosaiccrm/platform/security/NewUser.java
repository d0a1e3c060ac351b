package org.mosaiccrm.platform.security;

/**
 * A created user and the link with which that user chooses a password; the administrator passes the
 * link on and never learns the password.
 *
 * @since 3.0 (before: a one-time password the administrator saw)
 */
public record NewUser(User user, PasswordLink passwordLink) {
}
