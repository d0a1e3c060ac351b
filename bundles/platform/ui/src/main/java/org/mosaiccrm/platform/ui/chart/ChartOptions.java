package org.mosaiccrm.platform.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows: a title (also read out by screen readers), the categories along one axis and
 * the series of values along the other, in the caller's words (translated by the caller).
 * {@code horizontal} lays the categories down the side, for long names such as people's.
 */
public record ChartOptions(String title, List<String> categories, List<ChartSeries> series, boolean horizontal) {

    public ChartOptions {
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + one.name() + "' has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Categories along the bottom, values upwards. */
    public static ChartOptions of(String title, List<String> categories, List<ChartSeries> series) {
        return new ChartOptions(title, categories, series, false);
    }

    /** The same with the categories down the side and the values to the right. */
    public ChartOptions horizontally() {
        return new ChartOptions(title, categories, series, true);
    }
}
