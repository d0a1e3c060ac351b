package org.mosaiccrm.sales.service.internal.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.sales.ForecastFigures;
import org.mosaiccrm.sales.ForecastLine;

/** Folds the grouped query rows (per owner, currency and day) into one figure per owner, month and currency. */
final class ForecastTally {

    private record Key(long ownerId, YearMonth month, String currency) {
    }

    private final Map<Key, ForecastFigures> figures = new LinkedHashMap<>();

    /** Open opportunities expected to close on {@code day}: amount, amount × probability (percent), committed amount, count. */
    void open(long ownerId, String currency, LocalDate day, BigDecimal amount, BigDecimal amountTimesPercent,
            BigDecimal committed, long count) {
        BigDecimal weighted = amountTimesPercent.movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        add(ownerId, currency, YearMonth.from(day),
                new ForecastFigures(BigDecimal.ZERO, BigDecimal.ZERO, committed, weighted, amount, count));
    }

    /** Opportunities won on {@code day}; won counts as committed and weighted in full. */
    void won(long ownerId, String currency, LocalDate day, BigDecimal amount) {
        add(ownerId, currency, YearMonth.from(day), new ForecastFigures(BigDecimal.ZERO, amount, amount, amount, BigDecimal.ZERO, 0));
    }

    void quota(long ownerId, String currency, YearMonth month, BigDecimal amount) {
        add(ownerId, currency, month, new ForecastFigures(amount, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0));
    }

    private void add(long ownerId, String currency, YearMonth month, ForecastFigures more) {
        figures.merge(new Key(ownerId, month, currency), more, ForecastFigures::plus);
    }

    List<Long> owners() {
        return figures.keySet().stream().map(Key::ownerId).distinct().toList();
    }

    /** The lines, by owner name, month and currency. */
    List<ForecastLine> lines(Map<Long, String> names, Map<Long, Team> teams) {
        List<ForecastLine> lines = new ArrayList<>();
        figures.forEach((key, value) -> {
            Team team = teams.get(key.ownerId());
            lines.add(new ForecastLine(key.ownerId(), names.getOrDefault(key.ownerId(), "#" + key.ownerId()),
                    team == null ? null : team.id(), team == null ? "" : team.name(), key.month(), key.currency(), value));
        });
        lines.sort(Comparator.comparing(ForecastLine::ownerName).thenComparing(ForecastLine::ownerId)
                .thenComparing(ForecastLine::month).thenComparing(ForecastLine::currency));
        return lines;
    }
}
