package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A qualified chance to sell to a customer.
 *
 * @param id            its id
 * @param customerId    the customer
 * @param name          what is being sold, e.g. "二期扩产设备"
 * @param stageCode     the stage it is in (the last one, once won or lost)
 * @param amount        expected amount
 * @param currency      ISO 4217 code, e.g. {@code CNY}
 * @param expectedClose when it is expected to be signed
 * @param probability   chance in percent (the stage's default unless set)
 * @param competitors   who else is bidding, free text
 * @param nextStep      the next thing to do
 * @param ownerId       the user it belongs to (record scope)
 * @param status        open, won or lost
 * @param lostReason    why it was lost, else empty
 * @param createdAt     when it was created
 * @param version       for optimistic locking: pass it back when changing
 */
public record Opportunity(long id, long customerId, String name, String stageCode, BigDecimal amount, String currency,
        LocalDate expectedClose, int probability, String competitors, String nextStep, long ownerId,
        OpportunityStatus status, String lostReason, Instant createdAt, long version) {

    /** The amount weighted by the probability: what it adds to the forecast. */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2);
    }
}
