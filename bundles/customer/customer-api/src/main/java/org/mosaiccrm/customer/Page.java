package org.mosaiccrm.customer;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the rows
 * @param next  where the following page starts; null when this is the last page
 */
public record Page<T>(List<T> items, PageCursor next) {

    public Page {
        items = List.copyOf(items);
    }
}
