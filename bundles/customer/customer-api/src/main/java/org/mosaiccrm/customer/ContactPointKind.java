package org.mosaiccrm.customer;

/** What a {@link ContactPoint} is. */
public enum ContactPointKind {
    /** A postal address (multi-line). */
    ADDRESS,
    /** A phone or fax number. */
    PHONE,
    /** An email address. */
    EMAIL
}
