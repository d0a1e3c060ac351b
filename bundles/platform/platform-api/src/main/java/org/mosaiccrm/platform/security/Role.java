package org.mosaiccrm.platform.security;

import java.util.Map;

/**
 * A named set of grants. A grant maps a permission id, or a pattern with {@code *} such as {@code
 * sales*.read}, to the record scope it reaches.
 *
 * @param builtIn whether the product defined it (built-in roles cannot be deleted)
 */
public record Role(String code, String name, boolean builtIn, Map<String, RecordScope> grants) {

    public Role {
        grants = Map.copyOf(grants);
    }
}
