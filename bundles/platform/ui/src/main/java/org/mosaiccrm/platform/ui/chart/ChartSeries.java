package org.mosaiccrm.platform.ui.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values of a chart, one value per category ({@code null} where there is none),
 * drawn as bars or as a line.
 */
public record ChartSeries(String name, Kind kind, List<BigDecimal> values) {

    /** How a series is drawn. */
    public enum Kind {
        BAR, LINE
    }

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public static ChartSeries bar(String name, List<BigDecimal> values) {
        return new ChartSeries(name, Kind.BAR, values);
    }

    public static ChartSeries line(String name, List<BigDecimal> values) {
        return new ChartSeries(name, Kind.LINE, values);
    }
}
