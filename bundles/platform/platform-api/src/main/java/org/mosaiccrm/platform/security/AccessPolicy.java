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
}
