package org.mosaiccrm.platform.rest;

import org.mosaiccrm.platform.InputRefusedException;

/** The integration API's fixed points: where resources live, the problem media type, page sizes. */
public final class Api {

    /** Resources of version 1, below the whiteboard's {@code /api}: {@code @Path(Api.V1 + "/<area>")}. */
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
}
