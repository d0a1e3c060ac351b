package org.mosaiccrm.sales;

import java.time.Instant;

/**
 * A follow-up on a lead: call back, send the brochure...
 *
 * @param dueAt    when it is due
 * @param remindAt when its owner is reminded (a notice in their open tabs), or null for no reminder
 * @param ownerId  who is to do it (the lead's owner when it was planned)
 * @param doneAt   when it was done, or null while open
 */
public record LeadTask(long id, long leadId, String leadName, String title, Instant dueAt, Instant remindAt, long ownerId,
        Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
