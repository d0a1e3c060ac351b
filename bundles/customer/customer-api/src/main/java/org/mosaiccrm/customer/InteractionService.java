package org.mosaiccrm.customer;

import java.time.LocalDate;
import java.util.List;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The timeline of interactions with customers and the follow-ups they plan. Recording and reading
 * need {@link CustomerService#PERMISSION_READ} within the record scope of the customer: whoever
 * may see a customer may note a call with it.
 */
@ProviderType
public interface InteractionService {

    int MAX_TEXT = 2000;

    /** @throws InputRefusedException when a field is missing or malformed; nothing is written */
    Interaction record(NewInteraction interaction);

    /** The customer's timeline, newest first; {@code after} is {@link Page#next()} of the page before. */
    Page<Interaction> timeline(long customerId, PageCursor after, int limit);

    /** The caller's open follow-ups due on or before {@code until}, oldest first. */
    List<FollowUp> followUpsDue(LocalDate until, int limit);

    /** Marks a follow-up done (only its author may). */
    Interaction completeFollowUp(long interactionId);
}
