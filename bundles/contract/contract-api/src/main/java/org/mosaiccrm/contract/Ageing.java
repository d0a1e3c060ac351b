package org.mosaiccrm.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * A receivables ageing: its lines, and the day their days overdue are counted to (today, once the
 * day's roll-over has run; see the operations guide).
 *
 * @since 1.1
 */
public record Ageing(LocalDate asOf, List<AgeingLine> lines) {

    public Ageing {
        lines = List.copyOf(lines);
    }
}
