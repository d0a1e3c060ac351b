package org.mosaiccrm.platform.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user on whose behalf code runs. Holds identity only: permissions are looked up
 * on every check, so a change of roles or a disabled account takes effect at once.
 *
 * @param userId      the user's id
 * @param username    login name
 * @param displayName name shown in the UI and the audit log
 * @param address     the client address the session came from (for the audit log), may be empty
 * @param scopes      for a call made with an API token, the permissions the token was given: the
 *                    user's own permissions count only as far as they are among these; empty for a
 *                    signed-in user, whose permissions all count
 */
public record Subject(long userId, String username, String displayName, String address, Set<String> scopes)
        implements Serializable {

    public Subject {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        address = address == null ? "" : address;
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** A signed-in user: all of the user's permissions count. */
    public Subject(long userId, String username, String displayName, String address) {
        this(userId, username, displayName, address, Set.of());
    }

    /** Whether {@code permission} may count for this subject at all (an API token's scopes allow it). */
    public boolean mayUse(String permission) {
        return scopes.isEmpty() || scopes.contains(permission);
    }
}
