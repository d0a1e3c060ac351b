package com.example.loyalty;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The customers' ledgers. Every call checks the caller's permission, and the customer's record
 * scope through the customer core: a rep sees and changes only the ledgers of customers they may see.
 */
@ProviderType
public interface LedgerService {

    String MODULE_ID = "loyalty";
    String PERMISSION_READ = MODULE_ID + ".read";
    String PERMISSION_CREATE = MODULE_ID + ".create";
    /** The largest amount one entry may give or take. */
    long MAX_AMOUNT = 1_000_000;
    int MAX_REASON = 200;

    /**
     * Writes an entry.
     *
     * @throws IllegalArgumentException with a text key when the amount or the reason is not acceptable; nothing is written
     * @throws java.util.NoSuchElementException when the customer does not exist
     */
    LedgerEntry add(long customerId, long amount, String reason);

    /** The customer's entries, newest first. */
    List<LedgerEntry> entries(long customerId, int limit);

    /** The sum of the customer's entries. */
    long balance(long customerId);

    /** The newest entries across the customers the caller may see. */
    List<LedgerEntry> recent(int limit);

    /** The sum of the entries the caller wrote this calendar month. */
    long writtenThisMonth();
}
