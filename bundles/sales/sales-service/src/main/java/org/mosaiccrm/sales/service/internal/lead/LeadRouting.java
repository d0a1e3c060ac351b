package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/** The round robin: who gets the next lead that comes without an owner. */
final class LeadRouting {

    private LeadRouting() {
    }

    /**
     * The member served longest ago (never served first, then by position), marked as served now;
     * the rows are write-locked first (Derby allows no FOR UPDATE with ORDER BY), so two leads
     * created at once go to different members. Empty when there is no rule.
     */
    static Long next(EntityManager em, Instant now) {
        em.createQuery("update LeadRoutingEntity r set r.position = r.position").executeUpdate();
        List<LeadRoutingEntity> members = em.createQuery("select r from LeadRoutingEntity r"
                + " order by case when r.lastAssignedAt is null then 0 else 1 end, r.lastAssignedAt, r.position",
                LeadRoutingEntity.class).setMaxResults(1).getResultList();
        if (members.isEmpty()) {
            return null;
        }
        LeadRoutingEntity member = members.get(0);
        member.served(now);
        return member.userId();
    }

    static List<Long> members(EntityManager em) {
        return em.createQuery("select r.userId from LeadRoutingEntity r order by r.position", Long.class).getResultList();
    }

    static void replace(EntityManager em, List<Long> userIds) {
        em.createQuery("delete from LeadRoutingEntity r").executeUpdate();
        for (int i = 0; i < userIds.size(); i++) {
            em.persist(new LeadRoutingEntity(userIds.get(i), i));
        }
    }
}
