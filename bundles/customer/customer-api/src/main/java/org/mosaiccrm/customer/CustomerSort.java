package org.mosaiccrm.customer;

/** Orders a customer list can have; each is backed by an index, so any page is fast. */
public enum CustomerSort {
    /** By name (case- and width-folded), then id. */
    NAME,
    /** Newest first. */
    NEWEST
}
