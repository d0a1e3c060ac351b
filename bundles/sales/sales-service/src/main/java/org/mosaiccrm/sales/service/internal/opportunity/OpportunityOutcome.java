package org.mosaiccrm.sales.service.internal.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityStatus;

/** Wins an opportunity inside another sales change's transaction (an accepted quote). */
public final class OpportunityOutcome {

    private OpportunityOutcome() {
    }

    /**
     * Wins the opportunity at the amount accepted: what the customer agreed to replaces the estimate,
     * so the won figures (forecast, win rate, reports) count what was sold.
     *
     * @param accepted the accepted amount, in the opportunity's currency (a quote's net amount)
     * @return the opportunity won with the amount it had while open, or empty when it was not open
     */
    public static Optional<Won> winIfOpen(EntityManager em, long opportunityId, BigDecimal accepted, String username,
            Instant at) {
        OpportunityEntity entity = em.find(OpportunityEntity.class, opportunityId);
        if (entity == null || entity.status() != OpportunityStatus.OPEN) {
            return Optional.empty();
        }
        BigDecimal estimate = entity.toOpportunity().amount();
        entity.wonAt(accepted);
        entity.close(OpportunityStatus.WON, "", LocalDate.ofInstant(at, java.time.ZoneId.systemDefault()));
        em.persist(new StageChangeEntity(opportunityId, entity.stageCode(), "won", at, username));
        em.flush();
        return Optional.of(new Won(entity.toOpportunity(), estimate));
    }

    /** An opportunity just won, and the amount it had while open. */
    public record Won(Opportunity opportunity, BigDecimal estimate) {
    }
}
