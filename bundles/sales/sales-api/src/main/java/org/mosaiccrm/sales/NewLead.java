package org.mosaiccrm.sales;

/**
 * What a user enters for a lead (new or changed). Empty text is "not set"; at least an email or a
 * phone is needed to follow it up.
 *
 * @param name    the person (required, at most 100 characters)
 * @param company the organisation, may be empty
 * @param grade   null for {@link LeadGrade#WARM}
 * @param score   0 to 100
 * @param ownerId who works it; null to assign by the round-robin rule (or to the caller when
 *                there is none). Ignored on changes: use {@link LeadService#assign}.
 */
public record NewLead(String name, String company, String title, String email, String phone, String source,
        LeadGrade grade, int score, String notes, Long ownerId) {

    public static NewLead of(Lead lead) {
        return new NewLead(lead.name(), lead.company(), lead.title(), lead.email(), lead.phone(), lead.source(),
                lead.grade(), lead.score(), lead.notes(), lead.ownerId());
    }
}
