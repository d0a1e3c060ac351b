package org.mosaiccrm.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures of a document with lines, rounded to cents half up at each line, as an invoice would
 * be: a line's net is quantity × unit price less its discount; the document's discount comes off the
 * sum of the lines; tax is each line's net, less the document's discount, at the line's rate.
 *
 * @param subtotal the lines' nets added up
 * @param discount the document's discount as an amount
 * @param net      subtotal less discount
 * @param tax      the tax on the discounted lines
 * @param total    net plus tax: what the customer pays
 */
public record LineTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal tax, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A line as the totals need it: its net and its tax rate in percent. */
    public record TaxedNet(BigDecimal net, BigDecimal taxRate) {
    }

    /** Quantity × unit price less the line's discount in percent, rounded to cents half up. */
    public static BigDecimal lineNet(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        return quantity.multiply(unitPrice).multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** The figures of {@code lines} with {@code discountPercent} off the whole. */
    public static LineTotals of(List<TaxedNet> lines, BigDecimal discountPercent) {
        BigDecimal subtotal = lines.stream().map(TaxedNet::net).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal discount = subtotal.multiply(discountPercent).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal remaining = HUNDRED.subtract(discountPercent);
        BigDecimal tax = lines.stream()
                .map(line -> line.net().multiply(remaining).multiply(line.taxRate()).divide(HUNDRED.multiply(HUNDRED))
                        .setScale(2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal net = subtotal.subtract(discount);
        return new LineTotals(subtotal, discount, net, tax, net.add(tax));
    }
}
