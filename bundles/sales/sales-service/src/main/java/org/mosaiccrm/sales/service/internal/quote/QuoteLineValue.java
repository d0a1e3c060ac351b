package org.mosaiccrm.sales.service.internal.quote;

import java.math.BigDecimal;

import org.mosaiccrm.sales.QuoteLine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A line of a quote revision (SAL_QUOTE_LINE), with the product's facts copied at the time. */
@Embeddable
public class QuoteLineValue {

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "PRODUCT_CODE", nullable = false, length = 40)
    private String productCode;

    @Column(name = "DESCRIPTION", nullable = false, length = 200)
    private String description;

    @Column(name = "UNIT", nullable = false, length = 20)
    private String unit;

    @Column(name = "QUANTITY", nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Column(name = "UNIT_PRICE", nullable = false, precision = 17, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "DISCOUNT_PERCENT", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "TAX_RATE", nullable = false, precision = 5, scale = 2)
    private BigDecimal taxRate;

    @Column(name = "NET", nullable = false, precision = 17, scale = 2)
    private BigDecimal net;

    protected QuoteLineValue() {
    }

    QuoteLineValue(QuoteLine line) {
        this.productId = line.productId();
        this.productCode = line.productCode();
        this.description = line.description();
        this.unit = line.unit();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.discountPercent = line.discountPercent();
        this.taxRate = line.taxRate();
        this.net = line.net();
    }

    QuoteLine toLine() {
        return new QuoteLine(productId, productCode, description, unit, quantity, unitPrice, discountPercent, taxRate, net);
    }
}
