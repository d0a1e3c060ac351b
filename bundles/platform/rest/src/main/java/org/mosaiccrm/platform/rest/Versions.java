package org.mosaiccrm.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

    /** 200 with {@code record} and its version as ETag. */
    public static Response ok(Object record, long version) {
        return Response.ok(record).tag(tag(version)).build();
    }

    /** 201 with {@code record}, its version as ETag and its address ({@code /api/v1/<collection>/<id>}) in {@code Location}. */
    public static Response created(UriInfo uri, String collection, long id, Object record, long version) {
        return Response.created(uri.getBaseUriBuilder().path(Api.V1).path(collection).path(Long.toString(id)).build())
                .tag(tag(version)).entity(record).build();
    }
}
