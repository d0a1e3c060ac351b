package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How to convert a lead, in one step, into a customer with the lead's person as contact and,
 * optionally, an opportunity.
 *
 * @param existingCustomerId a customer the duplicate check found that the lead belongs to (it
 *                           gets the contact and opportunity), or null to create a new customer
 * @param opportunityName    what is being sold; empty for no opportunity
 * @param amount             expected amount of the opportunity, may be null
 * @param currency           its currency; empty for CNY
 * @param expectedClose      may be null
 */
public record LeadConversion(Long existingCustomerId, String opportunityName, BigDecimal amount, String currency,
        LocalDate expectedClose) {

    /** Whether an opportunity is to be created. */
    public boolean withOpportunity() {
        return opportunityName != null && !opportunityName.isBlank();
    }
}
