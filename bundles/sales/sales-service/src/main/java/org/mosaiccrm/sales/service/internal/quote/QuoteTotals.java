package org.mosaiccrm.sales.service.internal.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.mosaiccrm.sales.QuoteLine;

/**
 * The arithmetic of a quote, rounded to cents half up at each line, as an invoice would be: a
 * line's net is quantity × unit price less its discount; the quote's discount comes off the sum;
 * tax is each line's net, less the quote's discount, at the line's rate.
 */
record QuoteTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal tax, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BigDecimal lineNet(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        return quantity.multiply(unitPrice).multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    static QuoteTotals of(List<QuoteLine> lines, BigDecimal discountPercent) {
        BigDecimal subtotal = lines.stream().map(QuoteLine::net).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal discount = subtotal.multiply(discountPercent).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal remaining = HUNDRED.subtract(discountPercent);
        BigDecimal tax = lines.stream()
                .map(line -> line.net().multiply(remaining).multiply(line.taxRate()).divide(HUNDRED.multiply(HUNDRED))
                        .setScale(2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal net = subtotal.subtract(discount);
        return new QuoteTotals(subtotal, discount, net, tax, net.add(tax));
    }
}
