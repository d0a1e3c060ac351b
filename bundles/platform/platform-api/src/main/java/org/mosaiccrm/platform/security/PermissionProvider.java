package org.mosaiccrm.platform.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module declares its permissions, and the roles and default
 * grants it brings. The security module lists the permissions in the role editor while the module
 * is installed, creates the module's roles and applies its default grants once (docs/security.md,
 * "Roles a module brings"); grants stay stored when it is removed.
 */
@ConsumerType
public interface PermissionProvider {

    List<PermissionDefinition> permissions();

    /**
     * The roles this module brings.
     *
     * @since 3.0
     */
    default List<RoleTemplate> roleTemplates() {
        return List.of();
    }

    /**
     * Grants this module proposes for roles, its own and other modules' role templates.
     *
     * @since 3.0
     */
    default List<DefaultGrant> defaultGrants() {
        return List.of();
    }
}
