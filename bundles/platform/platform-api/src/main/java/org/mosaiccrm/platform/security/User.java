package org.mosaiccrm.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as the user administrator sees it (never the password hash).
 *
 * @param lockedUntil end of a temporary lockout, or {@code null}
 */
public record User(long id, String username, String displayName, boolean enabled, Long teamId,
        Set<String> roles, boolean mustChangePassword, Instant lockedUntil, long version) {

    public User {
        roles = Set.copyOf(roles);
    }
}
