package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an accepted quote became: the customer's order. Its lines are the accepted quote's, which
 * can no longer change.
 *
 * @param id            its id
 * @param number        e.g. {@code SO-2026-00050}
 * @param quoteId       the accepted quote revision
 * @param opportunityId the opportunity
 * @param customerId    the customer
 * @param ownerId       the owner (record scope)
 * @param currency      ISO 4217 code
 * @param total         amount including tax
 * @param status        where it stands
 * @param cancelReason  why it was cancelled, else empty
 * @param createdAt     when it was confirmed
 * @param changedAt     when its status last changed
 * @param version       for optimistic locking: pass it back when changing
 */
public record SalesOrder(long id, String number, long quoteId, long opportunityId, long customerId, long ownerId,
        String currency, BigDecimal total, OrderStatus status, String cancelReason, Instant createdAt, Instant changedAt,
        long version) {
}
