package org.mosaiccrm.sales;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The forecast of the months {@code from} to {@code to} (inclusive) for the owners the caller may
 * see: one line per owner, month and currency that has a quota or any figure.
 *
 * @param commitProbability the probability from which an open opportunity counts as committed
 */
public record Forecast(YearMonth from, YearMonth to, int commitProbability, List<ForecastLine> lines) {

    public Forecast {
        lines = List.copyOf(lines);
    }

    /** The currencies the lines are in, sorted. */
    public List<String> currencies() {
        return lines.stream().map(ForecastLine::currency).distinct().sorted().toList();
    }

    /** The lines in {@code currency} summed per key (owner, team, month...), in key order. */
    public <K extends Comparable<K>> Map<K, ForecastFigures> sum(String currency, Function<ForecastLine, K> key) {
        Map<K, ForecastFigures> sums = new TreeMap<>();
        lines.stream().filter(line -> line.currency().equals(currency))
                .forEach(line -> sums.merge(key.apply(line), line.figures(), ForecastFigures::plus));
        return sums;
    }

    /** Every line in {@code currency} summed. */
    public ForecastFigures total(String currency) {
        return lines.stream().filter(line -> line.currency().equals(currency)).map(ForecastLine::figures)
                .reduce(ForecastFigures.NONE, ForecastFigures::plus);
    }
}
