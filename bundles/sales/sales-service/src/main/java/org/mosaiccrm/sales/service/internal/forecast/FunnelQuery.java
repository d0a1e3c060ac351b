package org.mosaiccrm.sales.service.internal.forecast;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.persistence.ScopedSql;
import org.mosaiccrm.platform.persistence.SqlDialect;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.sales.Funnel;
import org.mosaiccrm.sales.FunnelStage;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Stage;

import jakarta.persistence.EntityManager;

/**
 * Counts how far the opportunities of a period came. Each opportunity keeps the furthest stage it
 * has been in (moves may skip stages; later stages count as reached); won ones reached every stage.
 * One grouped query over the creation index (which holds owner, status and furthest stage), so the
 * stage history is never read.
 */
final class FunnelQuery {

    private FunnelQuery() {
    }

    /** The funnel of the opportunities created from {@code start} (inclusive) to {@code end} (exclusive). */
    @SuppressWarnings("unchecked")
    static Funnel count(EntityManager em, OwnerFilter owners, Instant start, Instant end, LocalDate from, LocalDate to,
            List<Stage> stages) {
        Map<OpportunityStatus, Long> outcomes = new EnumMap<>(OpportunityStatus.class);
        Map<Integer, Long> furthest = new HashMap<>();
        Map<String, Integer> positions = stages.stream().collect(Collectors.toMap(Stage::code, Stage::position));
        List<Object[]> rows = em.createNativeQuery("SELECT o.STATUS, o.FURTHEST_STAGE, COUNT(*) FROM SAL_OPPORTUNITY o"
                + SqlDialect.of(em).indexHint("SAL_OPP_CREATED_IX") + " WHERE o.CREATED_AT >= ? AND o.CREATED_AT < ?"
                + ScopedSql.owners(owners, "o.OWNER_ID") + " GROUP BY o.STATUS, o.FURTHEST_STAGE")
                .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end)).getResultList();
        for (Object[] row : rows) {
            OpportunityStatus status = OpportunityStatus.valueOf(((String) row[0]).strip());
            long count = ((Number) row[2]).longValue();
            outcomes.merge(status, count, Long::sum);
            if (status != OpportunityStatus.WON) {
                // a stage since removed counts towards none
                furthest.merge(positions.getOrDefault(((String) row[1]).strip(), 0), count, Long::sum);
            }
        }
        long won = outcomes.getOrDefault(OpportunityStatus.WON, 0L);
        return new Funnel(from, to, funnel(stages, furthest, won), outcomes.getOrDefault(OpportunityStatus.OPEN, 0L), won,
                outcomes.getOrDefault(OpportunityStatus.LOST, 0L));
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
}
