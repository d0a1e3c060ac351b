package org.mosaiccrm.platform.ui.chart;

import java.math.BigDecimal;

import com.vaadin.flow.component.ComponentEvent;

/** A bar or a point of a {@link Chart} the user clicked: its category, its series and its value. */
public class ChartClickEvent extends ComponentEvent<Chart> {

    private static final long serialVersionUID = 1L;

    private final int categoryIndex;
    private final String category;
    private final ChartSeries series;
    private final BigDecimal value;

    public ChartClickEvent(Chart source, int categoryIndex, String category, ChartSeries series, BigDecimal value) {
        super(source, true);
        this.categoryIndex = categoryIndex;
        this.category = category;
        this.series = series;
        this.value = value;
    }

    /** The position of the category in {@link ChartOptions#categories()}. */
    public int categoryIndex() {
        return categoryIndex;
    }

    public String category() {
        return category;
    }

    public ChartSeries series() {
        return series;
    }

    /** The value clicked; {@code null} where the series has none for the category. */
    public BigDecimal value() {
        return value;
    }
}
