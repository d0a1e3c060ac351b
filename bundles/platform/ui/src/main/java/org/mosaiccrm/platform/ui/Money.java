package org.mosaiccrm.platform.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts as people read them: grouped, two decimals, with the currency code.
 *
 * @since 1.9
 */
public final class Money {

    private Money() {
    }

    /** The locale of the user's page (English or Chinese), for components not yet attached. */
    public static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    public static String format(BigDecimal amount, String currency, Locale locale) {
        return number(amount, locale) + " " + currency;
    }

    /**
     * The amount without its currency, for a column whose header names it.
     *
     * @since 1.11
     */
    public static String number(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
