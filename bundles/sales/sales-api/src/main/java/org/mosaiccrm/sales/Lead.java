package org.mosaiccrm.sales;

import java.time.Instant;

/**
 * Someone who may become a customer, not yet qualified.
 *
 * @param id                its id
 * @param name              the person, e.g. "王芳"
 * @param company           the organisation, may be empty (a private person)
 * @param title             the person's job title, may be empty
 * @param email             may be empty
 * @param phone             may be empty
 * @param source            where it came from, e.g. "trade fair", "website"
 * @param grade             hot, warm or cold
 * @param score             0 to 100, the owner's or a rule's estimate
 * @param notes             free text
 * @param ownerId           the user working it (record scope)
 * @param status            open, converted or disqualified
 * @param disqualifyReason  why it was disqualified, else empty
 * @param customerId        the customer it became (converted), else null
 * @param opportunityId     the opportunity it became (converted with one), else null
 * @param createdAt         when it was captured
 * @param version           for optimistic locking: pass it back when changing
 */
public record Lead(long id, String name, String company, String title, String email, String phone, String source,
        LeadGrade grade, int score, String notes, long ownerId, LeadStatus status, String disqualifyReason, Long customerId,
        Long opportunityId, Instant createdAt, long version) {

    /** The name a customer made from it gets: the company, or the person when there is none. */
    public String customerName() {
        return company.isEmpty() ? name : company;
    }
}
