package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/** The round robin: who gets the next lead that comes without an owner. */
final class LeadRouting {

    private LeadRouting() {
    }

    /**
     * The member served longest ago (never served first, then by position), marked as served now;
     * empty when there is no rule.
     */
    static Long next(EntityManager em, Instant now) {
        List<Long> owners = next(em, 1, now);
        return owners.isEmpty() ? null : owners.get(0);
    }

    /**
     * Owners for {@code count} new leads, taking turns from the member served longest ago; each is
     * marked as served (in turn order, so the next call goes on where this one stopped). The rows
     * are write-locked first (Derby allows no FOR UPDATE with ORDER BY), so leads created at once
     * go to different members. Empty when there is no rule.
     */
    static List<Long> next(EntityManager em, int count, Instant now) {
        if (count == 0) {
            return List.of();
        }
        em.createQuery("update LeadRoutingEntity r set r.position = r.position").executeUpdate();
        List<LeadRoutingEntity> members = em.createQuery("select r from LeadRoutingEntity r"
                + " order by case when r.lastAssignedAt is null then 0 else 1 end, r.lastAssignedAt, r.position",
                LeadRoutingEntity.class).getResultList();
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> owners = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LeadRoutingEntity member = members.get(i % members.size());
            member.served(now.plusNanos(i));
            owners.add(member.userId());
        }
        return owners;
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
