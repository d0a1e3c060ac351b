package org.mosaiccrm.platform.security;

/**
 * A service refused a call because the user lacks a permission or the record lies outside the
 * user's record scope. {@link #getMessage()} is an i18n key ({@code access.denied}); {@link
 * #permission()} names what was missing (never data). The policy has already written the denial to
 * the audit log.
 */
public class AccessDeniedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission) {
        this(permission, "access.denied");
    }

    protected AccessDeniedException(String permission, String messageKey) {
        super(messageKey);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
