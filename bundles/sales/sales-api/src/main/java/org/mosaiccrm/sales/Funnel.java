package org.mosaiccrm.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * Stage-to-stage conversion of the opportunities created from {@code from} to {@code to}
 * (inclusive) that the caller may see, with how they ended.
 */
public record Funnel(LocalDate from, LocalDate to, List<FunnelStage> stages, long open, long won, long lost) {

    public Funnel {
        stages = List.copyOf(stages);
    }

    /** Won as a percentage of those closed (rounded down), or {@code null} when none closed. */
    public Integer winRate() {
        return WinRate.percent(won, lost);
    }
}
