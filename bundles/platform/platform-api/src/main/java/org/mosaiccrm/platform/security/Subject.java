package org.mosaiccrm.platform.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * The authenticated user on whose behalf code runs. Holds identity only: permissions are looked up
 * on every check, so a change of roles or a disabled account takes effect at once.
 *
 * @param userId      the user's id
 * @param username    login name
 * @param displayName name shown in the UI and the audit log
 * @param address     the client address the session came from (for the audit log), may be empty
 */
public record Subject(long userId, String username, String displayName, String address) implements Serializable {

    public Subject {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        address = address == null ? "" : address;
    }
}
