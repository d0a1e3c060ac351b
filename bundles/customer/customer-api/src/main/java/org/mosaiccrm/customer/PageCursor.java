package org.mosaiccrm.customer;

/**
 * Where the next page of a list starts: the sort key and id of the last row seen. Lists page by
 * seeking to this key, so page 20,000 costs what page 1 costs (an OFFSET would read every row
 * before it).
 *
 * @param key the last row's sort key ({@code null} for sorts by id alone)
 * @param id  the last row's id
 */
public record PageCursor(String key, long id) {
}
