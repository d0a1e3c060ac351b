package org.mosaiccrm.sales;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a user enters for a quote.
 *
 * @param validUntil      the last day the offer holds; {@code null} for 30 days from today
 * @param discountPercent a discount on the whole quote, 0 to 100; {@code null} for none
 * @param lines           at most 200 lines, in the order shown
 */
public record QuoteDraft(LocalDate validUntil, BigDecimal discountPercent, List<QuoteLineInput> lines) {
}
