package org.mosaiccrm.sales.service.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.mosaiccrm.sales.OpportunityStatus;

import jakarta.persistence.EntityManager;

/** Wins an opportunity inside another sales change's transaction (an accepted quote). */
public final class OpportunityOutcome {

    private OpportunityOutcome() {
    }

    /** @return whether it was open and is now won */
    public static boolean winIfOpen(EntityManager em, long opportunityId, String username, Instant at) {
        OpportunityEntity entity = em.find(OpportunityEntity.class, opportunityId);
        if (entity == null || entity.status() != OpportunityStatus.OPEN) {
            return false;
        }
        entity.close(OpportunityStatus.WON, "", LocalDate.ofInstant(at, java.time.ZoneId.systemDefault()));
        em.persist(new StageChangeEntity(opportunityId, entity.stageCode(), "won", at, username));
        return true;
    }
}
