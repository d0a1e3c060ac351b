package org.mosaiccrm.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Forecast, quotas and the funnel. Reads reach the owners the caller's forecast scope reaches (a rep
 * their own figures, a manager the team's); quotas are set within the scope of
 * {@link #PERMISSION_QUOTA}. Open opportunities count in the month they are expected to close
 * (those without a date in none); won ones in the month they were won.
 */
@ProviderType
public interface ForecastService {

    String PERMISSION_READ = "sales.forecast.read";
    String PERMISSION_QUOTA = "sales.quota.administer";

    /**
     * The forecast of the months {@code from} to {@code to}, at most 24 months.
     *
     * @throws InputRefusedException when the range is empty or too long
     */
    Forecast forecast(YearMonth from, YearMonth to);

    /**
     * The quota of every user the caller may set one for (those who can own opportunities), for one
     * month and currency, {@code 0} where none is set; by name.
     */
    List<Quota> quotas(YearMonth month, String currency);

    /**
     * Sets the quotas given (a zero amount removes one). All or nothing: one refused quota writes none.
     *
     * @throws InputRefusedException when an amount or currency is not acceptable
     * @throws org.mosaiccrm.platform.security.AccessDeniedException when an owner is outside the caller's scope
     */
    void saveQuotas(List<Quota> quotas);

    /**
     * Stage-to-stage conversion of the opportunities created from {@code from} to {@code to}.
     *
     * @throws InputRefusedException when the range is empty or longer than three years
     */
    Funnel funnel(LocalDate from, LocalDate to);

    /**
     * Won against lost for the opportunities closed from {@code from} to {@code to}.
     *
     * @throws InputRefusedException when the range is empty or longer than three years
     */
    WinRate winRate(LocalDate from, LocalDate to);
}
