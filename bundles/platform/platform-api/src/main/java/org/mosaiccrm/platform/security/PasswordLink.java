package org.mosaiccrm.platform.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A single-use link with which a user chooses their own password: the administrator hands it over
 * and never learns the password. Only its hash is stored; it is shown once.
 *
 * @param key the secret part of the link
 * @param expiresAt after this the link no longer works
 * @since 3.0
 */
public record PasswordLink(String key, Instant expiresAt) {

    /** The page that takes the link, below the web application's root. */
    public static final String PATH = "/set-password";
    /** The query parameter carrying {@link #key()}. */
    public static final String KEY = "key";

    /** Path and query of the link, to put after the application's address. */
    public String pathAndQuery() {
        return PATH + "?" + KEY + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // never in a log by accident
        return "PasswordLink[expiresAt=" + expiresAt + "]";
    }
}
