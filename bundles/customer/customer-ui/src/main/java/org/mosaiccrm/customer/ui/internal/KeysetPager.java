package org.mosaiccrm.customer.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;

/**
 * Turns the offset/limit a lazy grid asks for into keyset seeks. It remembers where each fetched
 * page ended, so scrolling on costs one indexed seek per page however deep the list goes; the
 * grid has no fixed size (it grows while the user scrolls), so it never jumps far ahead.
 */
final class KeysetPager<T> {

    /** Fetches up to {@code limit} rows after {@code cursor} (null: from the start). */
    interface Fetch<T> {
        Page<T> fetch(PageCursor cursor, int limit);
    }

    private static final int WALK_CHUNK = 500;

    private final Fetch<T> source;
    /** offset -> cursor after which the row at that offset starts; absent cursor at 0 means "start". */
    private final TreeMap<Integer, PageCursor> starts = new TreeMap<>();

    KeysetPager(Fetch<T> source) {
        this.source = source;
        starts.put(0, null);
    }

    Stream<T> fetch(int offset, int limit) {
        Map.Entry<Integer, PageCursor> known = starts.floorEntry(offset);
        int at = known.getKey();
        PageCursor cursor = known.getValue();
        while (at < offset) {
            // walk from the nearest known start (only when the grid skipped pages)
            Page<T> skipped = source.fetch(cursor, Math.min(WALK_CHUNK, offset - at));
            if (skipped.next() == null && skipped.items().size() < Math.min(WALK_CHUNK, offset - at)) {
                return Stream.empty();
            }
            at += skipped.items().size();
            cursor = skipped.next();
            starts.put(at, cursor);
            if (cursor == null) {
                return Stream.empty();
            }
        }
        if (at > 0 && cursor == null) {
            return Stream.empty();
        }
        Page<T> page = source.fetch(cursor, limit);
        List<T> items = page.items();
        if (page.next() != null) {
            starts.put(offset + items.size(), page.next());
        }
        return items.stream();
    }
}
