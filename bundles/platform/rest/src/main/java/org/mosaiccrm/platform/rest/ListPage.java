package org.mosaiccrm.platform.rest;

import java.util.List;

/**
 * One page of a list as the API answers it: {@code {"items": [...], "next": "..."}}; {@code next} is
 * absent on the last page, else the caller passes it as {@code ?after=} for the following one.
 *
 * @param items the page's records
 * @param next  where the next page starts, or null on the last page
 */
public record ListPage<T>(List<T> items, String next) {

    public ListPage {
        items = List.copyOf(items);
    }

    /**
     * A page of a list a service pages by position ({@code offset}, {@code limit}): {@code next} points
     * after it unless it came back short. The cursor stays opaque, so the service may page by key later.
     */
    public static <T> ListPage<T> byPosition(List<T> items, int offset, int limit) {
        return new ListPage<>(items, items.size() < limit ? null : new Cursor("", offset + (long) items.size()).encode());
    }
}
