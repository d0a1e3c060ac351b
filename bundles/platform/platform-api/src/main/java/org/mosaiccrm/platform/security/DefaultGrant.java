package org.mosaiccrm.platform.security;

import java.util.Objects;

/**
 * A grant a module proposes for a role (one it brings, or another module's role template): the
 * security module applies it once, when the module is installed; what an administrator changes
 * afterwards, removing the grant included, is never overridden. Roles of the platform (user
 * administrator, auditor) take no defaults from modules.
 *
 * @param role       the role's code
 * @param permission a permission id or pattern ({@code sales*.read})
 * @param scope      the records it reaches
 * @since 3.0
 */
public record DefaultGrant(String role, String permission, RecordScope scope) {

    public DefaultGrant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(scope, "scope");
    }
}
