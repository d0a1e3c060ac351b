package org.mosaiccrm.platform.rest;

import java.util.Locale;

import org.mosaiccrm.platform.InputRefusedException;

/** The integration API's fixed points: where resources live, the problem media type, page sizes. */
public final class Api {

    /**
     * The root of every resource class of version 1, below the whiteboard's {@code /api}: a class is
     * {@code @Path(Api.V1)} and names its paths on its methods ({@code @Path("<area>/{id}")}). Jakarta REST
     * picks one root per request, the longest matching: a class rooted deeper ({@code v1/<area>}) would
     * hide every other module's paths below it; classes of the same root are merged.
     */
    public static final String V1 = "v1";
    /** Errors are answered as RFC 9457 problem details. */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** A list page's size unless the caller asks for another. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 200;

    private Api() {
    }

    /**
     * The page size a caller asked for with {@code ?limit=}: {@link #DEFAULT_LIMIT} when absent.
     *
     * @throws InputRefusedException (field {@code limit}) below 1 or above {@link #MAX_LIMIT}
     */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InputRefusedException("limit", "api.error.limit", MAX_LIMIT);
        }
        return requested;
    }

    /**
     * The request's body as read, or a refusal (400, {@code api.error.json}) when the request had none.
     */
    public static <T> T body(T input) {
        if (input == null) {
            throw new InputRefusedException("", "api.error.json");
        }
        return input;
    }

    /**
     * A query parameter naming a constant of {@code type} in any case ({@code ?status=open}); null when
     * absent.
     *
     * @throws InputRefusedException (field {@code field}) for a name the type does not have
     */
    public static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InputRefusedException(field, "api.error.value", field);
        }
    }
}
