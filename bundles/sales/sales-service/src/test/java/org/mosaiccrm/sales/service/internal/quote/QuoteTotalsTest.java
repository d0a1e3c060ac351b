package org.mosaiccrm.sales.service.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.money.LineTotals;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteLineInput;

/** Quote arithmetic and the checks on lines, worked by hand as an accountant would. */
class QuoteTotalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Product MACHINE = new Product(1, "CNC-200", "数控机床", "台", new BigDecimal("120000.00"), "CNY",
            new BigDecimal("13.00"), true, 0);
    private static final Product SERVICE = new Product(2, "SVC-H", "Installation", "hour", new BigDecimal("333.33"), "CNY",
            new BigDecimal("6.00"), true, 0);
    private static final Product DOLLARS = new Product(3, "US-1", "Import part", "pc", BigDecimal.TEN, "USD", BigDecimal.ZERO,
            true, 0);
    private static final Map<Long, Product> PRICE_LIST = Map.of(1L, MACHINE, 2L, SERVICE, 3L, DOLLARS);

    private static QuoteRules.Checked check(String quoteDiscount, QuoteLineInput... lines) {
        return QuoteRules.check(new QuoteDraft(null, quoteDiscount == null ? null : new BigDecimal(quoteDiscount), List.of(lines)),
                PRICE_LIST::get, "CNY", TODAY);
    }

    private static QuoteLineInput line(long product, String quantity, String price, String discount) {
        return new QuoteLineInput(product, new BigDecimal(quantity), price == null ? null : new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount));
    }

    @Test
    void linesArePricedFromTheListUnlessAPriceIsGiven() {
        QuoteRules.Checked checked = check(null, line(1, "2", null, "5"), line(2, "3.5", "300", null));
        assertEquals(TODAY.plusDays(30), checked.validUntil());
        QuoteLine machine = checked.lines().get(0);
        assertEquals("数控机床", machine.description());
        assertEquals(new BigDecimal("120000.00"), machine.unitPrice());
        assertEquals(new BigDecimal("228000.00"), machine.net()); // 2 × 120000 less 5%
        assertEquals(new BigDecimal("1050.00"), checked.lines().get(1).net()); // 3.5 × 300
    }

    @Test
    void quoteDiscountComesOffBeforeTaxAndEveryLineIsRoundedToCents() {
        QuoteRules.Checked checked = check("10", line(1, "1", null, null), line(2, "1", null, null));
        LineTotals totals = QuoteRules.totals(checked.lines(), checked.discountPercent());
        assertEquals(new BigDecimal("120333.33"), totals.subtotal());
        assertEquals(new BigDecimal("12033.33"), totals.discount()); // 12033.333 rounded
        assertEquals(new BigDecimal("108300.00"), totals.net());
        // 120000 × 0.9 × 13% = 14040.00; 333.33 × 0.9 × 6% = 17.99982 -> 18.00
        assertEquals(new BigDecimal("14058.00"), totals.tax());
        assertEquals(new BigDecimal("122358.00"), totals.total());
    }

    @Test
    void anEmptyQuoteTotalsZero() {
        LineTotals totals = QuoteRules.totals(List.of(), BigDecimal.ZERO);
        assertEquals(new BigDecimal("0.00"), totals.total());
    }

    @Test
    void badLinesAreRefusedWithATextKey() {
        assertRefused("sales.error.quote.product", line(99, "1", null, null));
        assertRefused("sales.error.quote.productCurrency", line(3, "1", null, null));
        assertRefused("sales.error.quote.quantity", line(1, "0", null, null));
        assertRefused("sales.error.quote.quantity", line(1, "1.0001", null, null));
        assertRefused("sales.error.quote.unitPrice", line(1, "1", "-1", null));
        assertRefused("sales.error.quote.discount", line(1, "1", null, "100.5"));
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> check("-1", line(1, "1", null, null)));
        assertEquals("sales.error.quote.discount", refused.getMessage());
    }

    private static void assertRefused(String key, QuoteLineInput line) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> check(null, line));
        assertEquals(key, refused.getMessage());
    }
}
