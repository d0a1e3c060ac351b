package org.mosaiccrm.platform.security;

/** A service was called without a logged-in, enabled user. Message key {@code access.login}. */
public class NotAuthenticatedException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("", "access.login");
    }
}
