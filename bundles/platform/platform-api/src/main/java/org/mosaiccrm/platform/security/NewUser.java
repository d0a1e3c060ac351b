package org.mosaiccrm.platform.security;

/**
 * A created user and the one-time password to hand over; it must be changed at first login.
 */
public record NewUser(User user, String oneTimePassword) {
}
