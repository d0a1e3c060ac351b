package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user changes on an open opportunity; every field is written (pass the current value to keep it).
 *
 * @param name          what is being sold (required, at most 200 characters)
 * @param amount        expected amount, 0 or more
 * @param currency      ISO 4217 code; empty for CNY
 * @param expectedClose expected signature date, may be {@code null}
 * @param probability   chance in percent, 0 to 100; {@code null} for the stage's default
 * @param competitors   free text, may be empty
 * @param nextStep      free text, may be empty
 */
public record OpportunityEdit(String name, BigDecimal amount, String currency, LocalDate expectedClose, Integer probability,
        String competitors, String nextStep) {

    /** The opportunity's current values, to change some of them. */
    public static OpportunityEdit of(Opportunity o) {
        return new OpportunityEdit(o.name(), o.amount(), o.currency(), o.expectedClose(), o.probability(), o.competitors(),
                o.nextStep());
    }
}
