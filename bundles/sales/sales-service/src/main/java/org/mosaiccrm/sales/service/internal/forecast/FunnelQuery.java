package org.mosaiccrm.sales.service.internal.forecast;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.sales.FunnelStage;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Stage;

import jakarta.persistence.EntityManager;

/**
 * Counts how far the opportunities of a period came. An opportunity reached every stage up to the
 * furthest one its stage history entered (moves may skip stages); won ones reached every stage.
 * One grouped SQL pass over the history, so the figures cost the same at 100 or 100,000 rows read.
 */
final class FunnelQuery {

    private FunnelQuery() {
    }

    /** How many opportunities of the period are open, won and lost. */
    static Map<OpportunityStatus, Long> outcomes(EntityManager em, OwnerFilter owners, Instant start, Instant end) {
        Map<OpportunityStatus, Long> outcomes = new HashMap<>();
        em.createNativeQuery("SELECT o.STATUS, COUNT(*) FROM SAL_OPPORTUNITY o WHERE o.CREATED_AT >= ? AND o.CREATED_AT < ?"
                + ownerSql(owners) + " GROUP BY o.STATUS").setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end))
                .getResultList().forEach(row -> {
                    Object[] columns = (Object[]) row;
                    outcomes.put(OpportunityStatus.valueOf(((String) columns[0]).strip()), ((Number) columns[1]).longValue());
                });
        return outcomes;
    }

    /** The stages with how many reached each and the conversion onwards. */
    static List<FunnelStage> stages(EntityManager em, OwnerFilter owners, Instant start, Instant end, List<Stage> stages, long won) {
        Map<Integer, Long> furthest = new HashMap<>();
        em.createNativeQuery("SELECT t.FURTHEST, COUNT(*) FROM (SELECT c.OPPORTUNITY_ID, MAX(s.POSITION) AS FURTHEST"
                + " FROM SAL_STAGE_CHANGE c JOIN SAL_OPPORTUNITY o ON o.ID = c.OPPORTUNITY_ID JOIN SAL_STAGE s ON s.CODE = c.TO_STAGE"
                + " WHERE o.STATUS <> 'WON' AND o.CREATED_AT >= ? AND o.CREATED_AT < ?" + ownerSql(owners)
                + " GROUP BY c.OPPORTUNITY_ID) t GROUP BY t.FURTHEST")
                .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end)).getResultList().forEach(row -> {
                    Object[] columns = (Object[]) row;
                    furthest.put(((Number) columns[0]).intValue(), ((Number) columns[1]).longValue());
                });
        return funnel(stages, furthest, won);
    }

    /**
     * @param stages   the stages in order (their positions as stored)
     * @param furthest how many not-won opportunities got no further than the stage at each position
     */
    static List<FunnelStage> funnel(List<Stage> stages, Map<Integer, Long> furthest, long won) {
        long[] reached = new long[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            int position = stages.get(i).position();
            reached[i] = won + furthest.entrySet().stream().filter(e -> e.getKey() >= position).mapToLong(Map.Entry::getValue).sum();
        }
        List<FunnelStage> funnel = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            long onwards = i + 1 < stages.size() ? reached[i + 1] : won;
            Integer conversion = reached[i] == 0 ? null : (int) (onwards * 100 / reached[i]);
            funnel.add(new FunnelStage(stages.get(i), reached[i], conversion));
        }
        return funnel;
    }

    /** Owner ids are numbers from the access policy, never user text, so they may stand in the SQL. */
    private static String ownerSql(OwnerFilter owners) {
        if (owners.all()) {
            return "";
        }
        if (owners.ownerIds().isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND o.OWNER_ID IN (" + owners.ownerIds().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
