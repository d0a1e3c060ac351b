package org.mosaiccrm.sales.service.internal.product;

import java.math.BigDecimal;
import java.util.Locale;

import org.mosaiccrm.sales.Product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A price-list entry (SAL_PRODUCT). */
@Entity
@Table(name = "SAL_PRODUCT")
public class ProductEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_product_seq")
    @SequenceGenerator(name = "sal_product_seq", sequenceName = "SAL_PRODUCT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", nullable = false, length = 40)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "NAME_KEY", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "UNIT", nullable = false, length = 20)
    private String unit;

    @Column(name = "PRICE", nullable = false, precision = 17, scale = 2)
    private BigDecimal price;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "TAX_RATE", nullable = false, precision = 5, scale = 2)
    private BigDecimal taxRate;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ProductEntity() {
    }

    ProductEntity(ProductRules.Checked input) {
        set(input);
    }

    void set(ProductRules.Checked input) {
        this.code = input.code();
        this.name = input.name();
        this.nameKey = input.name().toLowerCase(Locale.ROOT);
        this.unit = input.unit();
        this.price = input.price();
        this.currency = input.currency();
        this.taxRate = input.taxRate();
        this.active = input.active();
    }

    long version() {
        return version;
    }

    public Product toProduct() {
        return new Product(id, code, name, unit, price, currency, taxRate, active, version);
    }
}
