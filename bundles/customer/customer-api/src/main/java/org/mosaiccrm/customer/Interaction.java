package org.mosaiccrm.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a customer's timeline. Text fields are never null.
 *
 * @param id           its id
 * @param customerId   the customer
 * @param contactId    the contact spoken to, null when none
 * @param kind         call, email, meeting, visit or note
 * @param occurredAt   when it happened
 * @param userId       who recorded it
 * @param userName     that user's display name at the time
 * @param summary      what was discussed
 * @param outcome      what came of it
 * @param nextStep     what happens next
 * @param followUpOn   the planned next contact (跟进), null when none
 * @param followUpDone whether that follow-up has been done
 */
public record Interaction(long id, long customerId, Long contactId, InteractionKind kind, Instant occurredAt,
        long userId, String userName, String summary, String outcome, String nextStep, LocalDate followUpOn,
        boolean followUpDone) {
}
