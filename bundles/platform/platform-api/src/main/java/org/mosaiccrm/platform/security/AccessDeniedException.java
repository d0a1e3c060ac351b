package org.mosaiccrm.platform.security;

/**
 * A service refused a call because the user lacks a permission. {@link #getMessage()} is the i18n
 * key {@code access.denied}; {@link #permission()} names what was missing (never data).
 */
public class AccessDeniedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission) {
        super("access.denied");
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
