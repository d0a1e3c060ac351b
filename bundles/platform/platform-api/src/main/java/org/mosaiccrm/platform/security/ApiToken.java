package org.mosaiccrm.platform.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A personal API token as its owner sees it in the list: never its secret, which is shown once.
 *
 * @param id       the token's id
 * @param name     what the owner called it (e.g. the system it connects)
 * @param scopes   the permissions it carries, a subset of the owner's own
 * @param expires  the last day it works
 * @param created  when it was made
 * @param lastUsed when it last authenticated a call; null if never
 * @param revoked  whether its owner revoked it
 * @since 3.2
 */
public record ApiToken(long id, String name, Set<String> scopes, LocalDate expires, Instant created, Instant lastUsed,
        boolean revoked) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    /** Whether it still authenticates calls on {@code today}. */
    public boolean works(LocalDate today) {
        return !revoked && !today.isAfter(expires);
    }
}
