package org.mosaiccrm.sales.service.internal.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastFigures;
import org.mosaiccrm.sales.ForecastLine;

class ForecastTallyTest {

    @Test
    void daysFoldIntoMonthsAndWonCountsInFullTowardsCommittedAndWeighted() {
        ForecastTally tally = new ForecastTally();
        // two open at 1,000 (50 %) and 3,000 (80 %, committed) in March; one won for 2,000 in March
        tally.open(7, "CNY", LocalDate.of(2026, 3, 2), new BigDecimal("1000.00"), new BigDecimal("50000.00"), BigDecimal.ZERO, 1);
        tally.open(7, "CNY", LocalDate.of(2026, 3, 30), new BigDecimal("3000.00"), new BigDecimal("240000.00"),
                new BigDecimal("3000.00"), 1);
        tally.won(7, "CNY", LocalDate.of(2026, 3, 15), new BigDecimal("2000.00"));
        tally.quota(7, "CNY", YearMonth.of(2026, 3), new BigDecimal("8000.00"));
        tally.open(7, "CNY", LocalDate.of(2026, 4, 1), new BigDecimal("500.00"), new BigDecimal("5000.00"), BigDecimal.ZERO, 1);
        tally.open(9, "USD", LocalDate.of(2026, 3, 5), new BigDecimal("100.00"), new BigDecimal("1000.00"), BigDecimal.ZERO, 1);

        List<ForecastLine> lines = tally.lines(Map.of(7L, "Wang Fang"), Map.of(7L, new Team(3, "East", null)));
        Forecast forecast = new Forecast(YearMonth.of(2026, 3), YearMonth.of(2026, 4), 80, lines);

        ForecastFigures march = forecast.sum("CNY", ForecastLine::month).get(YearMonth.of(2026, 3));
        assertEquals(new BigDecimal("8000.00"), march.quota());
        assertEquals(new BigDecimal("2000.00"), march.won());
        assertEquals(new BigDecimal("5000.00"), march.committed());
        assertEquals(new BigDecimal("4900.00"), march.weighted()); // 2,000 + 500 + 2,400
        assertEquals(new BigDecimal("4000.00"), march.pipeline());
        assertEquals(2, march.open());
        assertEquals(25, march.attainment());
        assertEquals(62, march.committedOfQuota()); // 5,000 / 8,000 rounded down

        assertEquals(List.of("CNY", "USD"), forecast.currencies());
        assertEquals("East", lines.stream().filter(l -> l.ownerId() == 7).findFirst().orElseThrow().teamName());
        assertEquals("#9", forecast.lines().stream().filter(l -> l.currency().equals("USD")).findFirst().orElseThrow().ownerName());
        assertNull(forecast.total("USD").attainment());
        assertEquals(new BigDecimal("4500.00"), forecast.total("CNY").pipeline());
    }
}
