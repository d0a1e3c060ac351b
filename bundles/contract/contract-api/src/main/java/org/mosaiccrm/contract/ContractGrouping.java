package org.mosaiccrm.contract;

/**
 * How {@link ContractReports#signed} groups the contracts signed in a period.
 *
 * @since 1.2
 */
public enum ContractGrouping {
    /** Where they stand now: signed, in execution, completed, terminated ({@link ContractStatus} names). */
    STATUS,
    /** By contract type (the type's code). */
    TYPE,
    /** By owner (the owner's user id). */
    OWNER,
    /** By the month the customer signed ({@code 2026-03}). */
    MONTH
}
