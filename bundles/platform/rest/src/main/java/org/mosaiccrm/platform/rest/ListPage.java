package org.mosaiccrm.platform.rest;

import java.util.List;
import java.util.function.ToLongFunction;

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

    /**
     * A page of a list paged by key, newest first by id ({@code afterId}: the last id of the page
     * before, {@link Cursor#afterId}): {@code next} names its last record unless it came back short.
     *
     * @since 1.1
     */
    public static <T> ListPage<T> byId(List<T> items, int limit, ToLongFunction<T> id) {
        return new ListPage<>(items, items.size() < limit ? null : new Cursor("", id.applyAsLong(items.get(items.size() - 1))).encode());
    }
}
