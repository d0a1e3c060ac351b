package org.mosaiccrm.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user enters for a new opportunity.
 *
 * @param customerId    the customer, which the user must be allowed to see
 * @param name          what is being sold (required, at most 200 characters)
 * @param stageCode     the first stage; empty for the first of the process
 * @param amount        expected amount, 0 or more
 * @param currency      ISO 4217 code; empty for CNY
 * @param expectedClose expected signature date, may be {@code null}
 * @param competitors   free text, may be empty
 * @param nextStep      free text, may be empty
 */
public record NewOpportunity(long customerId, String name, String stageCode, BigDecimal amount, String currency,
        LocalDate expectedClose, String competitors, String nextStep) {
}
