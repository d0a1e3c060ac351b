package com.example.loyalty;

import java.time.Instant;

/**
 * One entry of a customer's ledger: an amount given or taken, with the reason.
 *
 * @param id         the entry's id
 * @param customerId the customer it belongs to
 * @param amount     positive when given, negative when taken
 * @param reason     why, in the user's words
 * @param createdAt  when it was written
 * @param createdBy  the user who wrote it
 */
public record LedgerEntry(long id, long customerId, long amount, String reason, Instant createdAt, String createdBy) {
}
