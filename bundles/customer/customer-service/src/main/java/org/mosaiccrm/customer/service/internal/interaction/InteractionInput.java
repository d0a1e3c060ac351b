package org.mosaiccrm.customer.service.internal.interaction;

import java.time.Instant;
import java.time.LocalDate;

import org.mosaiccrm.customer.InteractionKind;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.service.internal.TextRules;
import org.mosaiccrm.platform.InputRefusedException;

/** A {@link NewInteraction} checked once at the service boundary. */
record InteractionInput(long customerId, Long contactId, InteractionKind kind, Instant occurredAt, String summary,
        String outcome, String nextStep, LocalDate followUpOn) {

    /** Clocks differ a little between browser and server; a minute ahead is still "now". */
    private static final long FUTURE_TOLERANCE_SECONDS = 60;

    static InteractionInput of(NewInteraction in, Instant now) {
        if (in == null || in.kind() == null) {
            throw new InputRefusedException("kind", "customer.error.kind.required");
        }
        String summary = TextRules.multiline("summary", in.summary(), InteractionService.MAX_TEXT);
        if (summary == null) {
            throw new InputRefusedException("summary", "customer.error.summary.required");
        }
        Instant occurred = in.occurredAt() == null ? now : in.occurredAt();
        if (occurred.isAfter(now.plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            throw new InputRefusedException("occurredAt", "customer.error.occurredAt.future");
        }
        return new InteractionInput(in.customerId(), in.contactId(), in.kind(), occurred, summary,
                TextRules.multiline("outcome", in.outcome(), InteractionService.MAX_TEXT),
                TextRules.multiline("nextStep", in.nextStep(), InteractionService.MAX_TEXT), in.followUpOn());
    }
}
