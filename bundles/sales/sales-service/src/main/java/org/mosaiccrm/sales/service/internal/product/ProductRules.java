package org.mosaiccrm.sales.service.internal.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.service.internal.Amounts;

/** Checks a price-list entry before anything is written; refusals carry a text key. */
final class ProductRules {

    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 20;

    /** The entry as stored: trimmed, the code upper-cased, defaults filled in. */
    record Checked(String code, String name, String unit, BigDecimal price, String currency, BigDecimal taxRate, boolean active) {
    }

    private ProductRules() {
    }

    static Checked check(ProductInput input) {
        String code = strip(input.code()).toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.length() > MAX_CODE) {
            throw new InputRefusedException("sales.error.product.code");
        }
        String name = strip(input.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InputRefusedException("sales.error.product.name");
        }
        String unit = strip(input.unit());
        if (unit.isEmpty() || unit.length() > MAX_UNIT) {
            throw new InputRefusedException("sales.error.product.unit");
        }
        BigDecimal price = Amounts.money(input.price(), "sales.error.product.price");
        String currency = Amounts.currency(input.currency());
        BigDecimal taxRate = Amounts.percent(input.taxRate(), "sales.error.product.taxRate");
        return new Checked(code, name, unit, price.setScale(2, RoundingMode.UNNECESSARY), currency, taxRate, input.active());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
