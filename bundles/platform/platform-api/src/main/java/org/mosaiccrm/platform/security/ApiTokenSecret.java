package org.mosaiccrm.platform.security;

/**
 * A token just made, with its secret: shown to its owner once, then only its hash is kept.
 *
 * @param token  the token as listed
 * @param secret what an API client sends as {@code Authorization: Bearer <secret>}
 * @since 3.2
 */
public record ApiTokenSecret(ApiToken token, String secret) {

    @Override
    public String toString() {
        // never in a log by accident
        return "ApiTokenSecret[token=" + token + "]";
    }
}
