package org.mosaiccrm.sales.service.internal.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.money.LineTotals;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteLineInput;
import org.mosaiccrm.sales.service.internal.Amounts;

/** Checks a quote's terms and lines before anything is written; refusals carry a text key. */
final class QuoteRules {

    static final int MAX_LINES = 200;
    static final int VALID_DAYS = 30;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999.999");

    /** Terms and priced lines as stored. */
    record Checked(LocalDate validUntil, BigDecimal discountPercent, List<QuoteLine> lines) {
    }

    private QuoteRules() {
    }

    /**
     * @param products finds a product by id, {@code null} when there is none
     * @param currency the quote's currency; every product must be priced in it
     */
    static Checked check(QuoteDraft draft, LongFunction<Product> products, String currency, LocalDate today) {
        LocalDate validUntil = draft.validUntil() == null ? today.plusDays(VALID_DAYS) : draft.validUntil();
        BigDecimal discount = Amounts.percent(draft.discountPercent(), "sales.error.quote.discount");
        List<QuoteLineInput> inputs = draft.lines() == null ? List.of() : draft.lines();
        if (inputs.size() > MAX_LINES) {
            throw new InputRefusedException("sales.error.quote.tooManyLines");
        }
        List<QuoteLine> lines = new ArrayList<>();
        for (QuoteLineInput input : inputs) {
            Product product = products.apply(input.productId());
            if (product == null) {
                throw new InputRefusedException("sales.error.quote.product");
            }
            if (!product.currency().equals(currency)) {
                throw new InputRefusedException("sales.error.quote.productCurrency");
            }
            BigDecimal quantity = input.quantity();
            if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0
                    || quantity.stripTrailingZeros().scale() > 3) {
                throw new InputRefusedException("sales.error.quote.quantity");
            }
            BigDecimal unitPrice = input.unitPrice() == null ? product.price()
                    : Amounts.money(input.unitPrice(), "sales.error.quote.unitPrice");
            BigDecimal lineDiscount = Amounts.percent(input.discountPercent(), "sales.error.quote.discount");
            BigDecimal net = LineTotals.lineNet(quantity, unitPrice, lineDiscount);
            if (net.compareTo(Amounts.MAX_MONEY) > 0) {
                throw new InputRefusedException("sales.error.quote.quantity");
            }
            lines.add(new QuoteLine(product.id(), product.code(), product.name(), product.unit(), quantity.setScale(3),
                    unitPrice, lineDiscount, product.taxRate(), net));
        }
        return new Checked(validUntil, discount, lines);
    }

    /** The quote's figures ({@link LineTotals}: rounded at each line, the quote's discount before tax). */
    static LineTotals totals(List<QuoteLine> lines, BigDecimal discountPercent) {
        return LineTotals.of(lines.stream().map(line -> new LineTotals.TaxedNet(line.net(), line.taxRate())).toList(), discountPercent);
    }
}
