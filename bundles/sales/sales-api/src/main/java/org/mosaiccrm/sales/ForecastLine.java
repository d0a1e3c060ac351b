package org.mosaiccrm.sales;

import java.time.YearMonth;

/**
 * The forecast of one owner for one month in one currency.
 *
 * @param ownerName the owner's display name ({@code #id} when the user is gone)
 * @param teamId    the owner's team, or {@code null}
 * @param teamName  the team's name, or empty
 */
public record ForecastLine(long ownerId, String ownerName, Long teamId, String teamName, YearMonth month, String currency,
        ForecastFigures figures) {
}
