package org.mosaiccrm.customer;

/**
 * A customer list filter a user saved under a name (per user).
 *
 * @param id    its id
 * @param name  the user's name for it
 * @param query the filter
 */
public record SavedFilter(long id, String name, CustomerQuery query) {
}
