package org.mosaiccrm.customer;

/** Head count band of a company customer. */
public enum CompanySize {
    /** 1 to 9 people. */
    MICRO,
    /** 10 to 49. */
    SMALL,
    /** 50 to 249. */
    MEDIUM,
    /** 250 to 999. */
    LARGE,
    /** 1,000 and more. */
    ENTERPRISE
}
