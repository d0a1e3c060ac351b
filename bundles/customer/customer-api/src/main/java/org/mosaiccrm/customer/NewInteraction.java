package org.mosaiccrm.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a user records about a contact with a customer.
 *
 * @param customerId required
 * @param contactId  optional, must be a contact of that customer
 * @param kind       required
 * @param occurredAt when it happened; now when null; not in the future
 * @param summary    required
 * @param outcome    optional
 * @param nextStep   optional
 * @param followUpOn optional date of the next contact
 */
public record NewInteraction(long customerId, Long contactId, InteractionKind kind, Instant occurredAt, String summary,
        String outcome, String nextStep, LocalDate followUpOn) {
}
