package org.mosaiccrm.platform.security.service.internal.user;

import java.util.Set;

import org.mosaiccrm.platform.security.Role;

/**
 * Which roles give business data: any grant of a permission outside the platform's own modules
 * (users and roles, modules, the audit log). A grant such as {@code *} or {@code sales*.read} counts
 * as business, so a role cannot slip through by a pattern.
 */
final class BusinessRoles {

    private static final Set<String> PLATFORM_MODULES = Set.of("security", "platform", "audit");

    private BusinessRoles() {
    }

    static boolean isBusiness(Role role) {
        return role.grants().keySet().stream().anyMatch(BusinessRoles::isBusinessGrant);
    }

    static boolean isBusinessGrant(String permission) {
        int dot = permission.indexOf('.');
        return dot < 0 || !PLATFORM_MODULES.contains(permission.substring(0, dot));
    }
}
