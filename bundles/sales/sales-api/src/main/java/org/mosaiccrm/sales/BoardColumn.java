package org.mosaiccrm.sales;

import java.util.List;

/**
 * One column of the pipeline board.
 *
 * @param totals every open opportunity the caller may see in the stage, one total per currency
 * @param newest the newest of them, as many as asked for
 */
public record BoardColumn(Stage stage, List<PipelineTotal> totals, List<Opportunity> newest) {

    public BoardColumn {
        totals = List.copyOf(totals);
        newest = List.copyOf(newest);
    }

    /** How many open opportunities are in the stage (not only those in {@link #newest}). */
    public long count() {
        return totals.stream().mapToLong(PipelineTotal::count).sum();
    }
}
