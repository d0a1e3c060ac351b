package org.mosaiccrm.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as the user administrator sees it (never the password hash).
 *
 * @param lockedUntil    end of a temporary lockout, or {@code null}
 * @param serviceAccount a user for another system: no password sign-in, API tokens made by a user
 *                       administrator ({@link ApiTokens#createFor}); since 3.3
 */
public record User(long id, String username, String displayName, boolean enabled, Long teamId,
        Set<String> roles, boolean mustChangePassword, Instant lockedUntil, long version, boolean serviceAccount) {

    public User {
        roles = Set.copyOf(roles);
    }

    /** A person's account (the shape before 3.3). */
    public User(long id, String username, String displayName, boolean enabled, Long teamId, Set<String> roles,
            boolean mustChangePassword, Instant lockedUntil, long version) {
        this(id, username, displayName, enabled, teamId, roles, mustChangePassword, lockedUntil, version, false);
    }
}
