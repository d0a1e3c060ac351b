package org.mosaiccrm.sales.service.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mosaiccrm.platform.InputRefusedException;


/** The money, percent and currency rules every sales record shares; refusals carry the caller's text key. */
public final class Amounts {

    public static final BigDecimal MAX_MONEY = new BigDecimal("999999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Amounts() {
    }

    /** 0 or more, at most two decimals; {@code null} is 0. */
    public static BigDecimal money(BigDecimal value, String refusalKey) {
        BigDecimal amount = value == null ? BigDecimal.ZERO : value;
        if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InputRefusedException(refusalKey);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** 0 to 100 with at most two decimals; {@code null} is 0. */
    public static BigDecimal percent(BigDecimal value, String refusalKey) {
        BigDecimal percent = value == null ? BigDecimal.ZERO : value;
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new InputRefusedException(refusalKey);
        }
        return percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An ISO 4217 code, upper-cased; empty is CNY. */
    public static String currency(String value) {
        String currency = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        currency = currency.isEmpty() ? "CNY" : currency;
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InputRefusedException("sales.error.currency");
        }
        return currency;
    }
}
