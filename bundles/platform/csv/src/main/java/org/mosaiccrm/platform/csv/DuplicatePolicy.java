package org.mosaiccrm.platform.csv;

/**
 * What an import does with a row that matches a record already there (the module says what matches:
 * * e.g. the same email, phone or name).
 *
 * @since 2.1
 */
public enum DuplicatePolicy {
    /** Leave the existing record as it is and count the row as skipped: re-running a file adds nothing twice. */
    SKIP,
    /** Change the existing record's mapped fields to the row's values (within the importer's record scope). */
    UPDATE,
    /** Create a new record anyway. */
    CREATE
}
