package org.mosaiccrm.sales.service.internal.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.sales.FunnelStage;
import org.mosaiccrm.sales.Stage;

class FunnelQueryTest {

    private final List<Stage> stages = List.of(new Stage("qualify", "", 10, 1), new Stage("needs", "", 25, 2),
            new Stage("proposal", "", 50, 3), new Stage("negotiation", "", 75, 4));

    @Test
    void anOpportunityReachedEveryStageUpToItsFurthestAndWonOnesReachedAll() {
        // 10 stopped in qualify, 5 in needs, 3 skipped straight to negotiation, 2 won
        List<FunnelStage> funnel = FunnelQuery.funnel(stages, Map.of(1, 10L, 2, 5L, 4, 3L), 2);

        assertEquals(List.of(20L, 10L, 5L, 5L), funnel.stream().map(FunnelStage::reached).toList());
        // 10 of 20 went past qualify, 5 of 10 past needs, 5 of 5 past proposal, 2 of 5 won
        assertEquals(List.of(50, 50, 100, 40), funnel.stream().map(FunnelStage::conversion).toList());
    }

    @Test
    void aStageNobodyReachedHasNoConversion() {
        List<FunnelStage> funnel = FunnelQuery.funnel(stages, Map.of(1, 3L), 0);

        assertEquals(List.of(3L, 0L, 0L, 0L), funnel.stream().map(FunnelStage::reached).toList());
        assertEquals(0, funnel.get(0).conversion());
        assertNull(funnel.get(1).conversion());
    }
}
