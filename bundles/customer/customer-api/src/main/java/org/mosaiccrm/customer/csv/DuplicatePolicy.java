package org.mosaiccrm.customer.csv;

/** What an import does with a row that matches an existing customer (same email, phone or name). */
public enum DuplicatePolicy {
    /** Leave the existing customer as it is and count the row as skipped. Re-running a file adds nothing twice. */
    SKIP,
    /** Change the existing customer's mapped fields to the row's values (within the importer's record scope). */
    UPDATE,
    /** Create a new customer anyway. */
    CREATE
}
