package org.mosaiccrm.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides whether the current user holds a permission. The security module provides it; the
 * platform consults it to filter contributions (menus, tabs, widgets, search providers, actions).
 */
@ProviderType
public interface AccessPolicy {

    /**
     * @param permission a permission id such as {@code customer.read}, or an empty string for none
     * @return whether the user of the calling thread holds it
     */
    boolean isPermitted(String permission);

    /**
     * The check every service method starts with.
     *
     * @param policy     the policy the service holds through an optional dynamic reference; {@code null}
     *                   while no security module is installed, when everything is permitted
     * @param permission the permission the call needs, e.g. {@code customer.create}
     * @throws AccessDeniedException when the policy does not grant it
     */
    static void require(AccessPolicy policy, String permission) {
        if (policy != null && !policy.isPermitted(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
