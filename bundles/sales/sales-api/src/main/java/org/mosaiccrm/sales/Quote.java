package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One revision of a quote to a customer, for an opportunity. A revision is changed only while a
 * draft; revising a sent quote makes the next revision, and only the latest may be accepted.
 *
 * @param id              this revision's id
 * @param number          the quote's number, shared by its revisions, e.g. {@code Q-2026-00050}
 * @param revision        1 for the first
 * @param latest          whether this is the latest revision
 * @param opportunityId   the opportunity
 * @param customerId      its customer
 * @param ownerId         the opportunity's owner (record scope)
 * @param currency        ISO 4217 code, the opportunity's
 * @param status          where it stands
 * @param validUntil      the last day the offer holds
 * @param discountPercent discount on the whole quote
 * @param lines           its lines
 * @param subtotal        sum of the lines' net amounts
 * @param discount        the quote's discount as an amount
 * @param net             subtotal less discount
 * @param tax             tax on the discounted lines
 * @param total           net plus tax
 * @param rejectReason    why the customer declined, else empty
 * @param createdAt       when this revision was made
 * @param sentAt          when it was sent, or {@code null}
 * @param version         for optimistic locking: pass it back when changing
 */
public record Quote(long id, String number, int revision, boolean latest, long opportunityId, long customerId, long ownerId,
        String currency, QuoteStatus status, LocalDate validUntil, BigDecimal discountPercent, List<QuoteLine> lines,
        BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal tax, BigDecimal total, String rejectReason,
        Instant createdAt, Instant sentAt, long version) {
}
