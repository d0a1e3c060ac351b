package org.mosaiccrm.platform.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartTest {

    private static final ChartOptions QUOTA = ChartOptions.of("Forecast against quota", List.of("Ann", "Ben"), List.of(
            ChartSeries.bar("Quota", List.of(new BigDecimal("100000"), new BigDecimal("80000"))),
            ChartSeries.line("Won", Arrays.asList(new BigDecimal("42000.50"), null))));

    @Test
    void aClickNamesTheCategorySeriesAndValueClicked() {
        Chart chart = new Chart(QUOTA);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addClickListener(clicks::add);

        chart.clicked(1, 0);
        chart.clicked(1, 1);

        assertEquals(2, clicks.size());
        assertEquals("Ann", clicks.get(0).category());
        assertEquals(0, clicks.get(0).categoryIndex());
        assertEquals("Won", clicks.get(0).series().name());
        assertEquals(new BigDecimal("42000.50"), clicks.get(0).value());
        assertEquals(null, clicks.get(1).value(), "no value for Ben: none clicked");
    }

    @Test
    void aClickOutsideTheFiguresShownIsIgnored() {
        Chart chart = new Chart(QUOTA);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addClickListener(clicks::add);

        chart.clicked(2, 0);
        chart.clicked(0, 2);
        chart.clicked(-1, 0);
        chart.setOptions(ChartOptions.of("Nothing yet", List.of(), List.of()));
        chart.clicked(0, 0);

        assertTrue(clicks.isEmpty(), clicks.toString());
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ChartOptions.of("Pipeline", List.of("Qualify", "Propose"), List.of(ChartSeries.bar("Amount",
                        List.of(BigDecimal.ONE)))));
        assertEquals("series 'Amount' has 1 values for 2 categories", refused.getMessage());
    }
}
