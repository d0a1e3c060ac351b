package org.mosaiccrm.platform.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.mosaiccrm.platform.InputRefusedException;

/**
 * Where the next page of a keyset-paged list starts: the sort key and id of the last row given. A
 * caller passes it back unchanged as {@code ?after=}; it is opaque (base64url), so nobody builds one.
 *
 * @param key the sort key of the last row (may be empty)
 * @param id  the id of the last row
 */
public record Cursor(String key, long id) {

    public Cursor {
        key = key == null ? "" : key;
    }

    /** The text a list answers as {@code next}. */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((id + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of {@code ?after=}; null when absent (the first page).
     *
     * @throws InputRefusedException (field {@code after}) for text no list gave out
     */
    public static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return new Cursor(plain.substring(colon + 1), Long.parseLong(plain.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException notOurs) {
            throw new InputRefusedException("after", "api.error.cursor");
        }
    }

    /**
     * The id a list paged by id goes on after ({@link ListPage#byId}); null for the first page.
     *
     * @since 1.1
     */
    public static Long afterId(String after) {
        Cursor cursor = decode(after);
        if (cursor == null) {
            return null;
        }
        if (cursor.id() < 0) {
            throw new InputRefusedException("after", "api.error.cursor");
        }
        return cursor.id();
    }

    /** The position a list paged by position goes on from ({@link ListPage#byPosition}); 0 for the first page. */
    public static int position(String after) {
        Cursor cursor = decode(after);
        if (cursor == null) {
            return 0;
        }
        if (cursor.id() < 0 || cursor.id() > Integer.MAX_VALUE) {
            throw new InputRefusedException("after", "api.error.cursor");
        }
        return (int) cursor.id();
    }
}
