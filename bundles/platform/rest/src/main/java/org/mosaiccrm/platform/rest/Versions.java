package org.mosaiccrm.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A record's version as its ETag ({@code "3"}), and the version a change must name: {@code If-Match}
 * is required, so that no client overwrites what another changed meanwhile without knowing.
 */
public final class Versions {

    private Versions() {
    }

    /** The ETag of a record at {@code version}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the caller read, from {@code If-Match}.
     *
     * @throws ApiProblem 428 when the header is missing, 400 when it names no version of ours
     */
    public static long ifMatch(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            throw new ApiProblem(428, "api.error.ifMatchRequired");
        }
        String tag = value.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notOurs) {
            throw new ApiProblem(400, "api.error.ifMatch");
        }
    }
}
