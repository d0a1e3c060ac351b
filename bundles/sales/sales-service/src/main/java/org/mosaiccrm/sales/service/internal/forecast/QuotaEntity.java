package org.mosaiccrm.sales.service.internal.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.mosaiccrm.sales.Quota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What one owner is to win in one month and currency (SAL_QUOTA). */
@Entity
@Table(name = "SAL_QUOTA")
public class QuotaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_quota_seq")
    @SequenceGenerator(name = "sal_quota_seq", sequenceName = "SAL_QUOTA_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "MONTH_START", nullable = false)
    private LocalDate monthStart;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "AMOUNT", nullable = false, precision = 17, scale = 2)
    private BigDecimal amount;

    protected QuotaEntity() {
    }

    QuotaEntity(long ownerId, YearMonth month, String currency, BigDecimal amount) {
        this.ownerId = ownerId;
        this.monthStart = month.atDay(1);
        this.currency = currency;
        this.amount = amount;
    }

    long ownerId() {
        return ownerId;
    }

    YearMonth month() {
        return YearMonth.from(monthStart);
    }

    String currency() {
        return currency;
    }

    BigDecimal amount() {
        return amount;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    Quota toQuota(String ownerName) {
        return new Quota(ownerId, ownerName, month(), currency, amount);
    }
}
