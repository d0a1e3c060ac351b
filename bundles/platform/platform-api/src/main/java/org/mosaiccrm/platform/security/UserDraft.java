package org.mosaiccrm.platform.security;

import java.util.Set;

/**
 * What the user administrator enters for a new or changed user.
 *
 * @param teamId the user's team, or {@code null}
 * @param roles  role codes
 */
public record UserDraft(String username, String displayName, Long teamId, Set<String> roles) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
