package org.mosaiccrm.sales.service.internal.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.platform.money.LineTotals;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteStatus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One revision of a quote (SAL_QUOTE) with its lines. The stored status is never EXPIRED: a sent
 * revision past its validity reads as expired, so no job has to run for it to be true.
 */
@Entity
@Table(name = "SAL_QUOTE")
public class QuoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_quote_seq")
    @SequenceGenerator(name = "sal_quote_seq", sequenceName = "SAL_QUOTE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "QUOTE_NUMBER", nullable = false, length = 20)
    private String number;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "LATEST", nullable = false)
    private boolean latest;

    @Column(name = "OPPORTUNITY_ID", nullable = false)
    private long opportunityId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private QuoteStatus status;

    @Column(name = "VALID_UNTIL", nullable = false)
    private LocalDate validUntil;

    @Column(name = "DISCOUNT_PERCENT", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SAL_QUOTE_LINE", joinColumns = @JoinColumn(name = "QUOTE_ID"))
    @OrderColumn(name = "POSITION")
    private List<QuoteLineValue> lines = new ArrayList<>();

    @Column(name = "SUBTOTAL", nullable = false, precision = 17, scale = 2)
    private BigDecimal subtotal;

    @Column(name = "DISCOUNT", nullable = false, precision = 17, scale = 2)
    private BigDecimal discount;

    @Column(name = "NET", nullable = false, precision = 17, scale = 2)
    private BigDecimal net;

    @Column(name = "TAX", nullable = false, precision = 17, scale = 2)
    private BigDecimal tax;

    @Column(name = "TOTAL", nullable = false, precision = 17, scale = 2)
    private BigDecimal total;

    @Column(name = "REJECT_REASON", nullable = false, length = 500)
    private String rejectReason;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected QuoteEntity() {
    }

    /** A draft revision; the number is given once the first revision has its id. */
    QuoteEntity(String number, int revision, long opportunityId, long customerId, long ownerId, String currency,
            QuoteRules.Checked terms, Instant createdAt) {
        this.number = number;
        this.revision = revision;
        this.latest = true;
        this.opportunityId = opportunityId;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.currency = currency;
        this.status = QuoteStatus.DRAFT;
        this.rejectReason = "";
        this.createdAt = createdAt;
        setTerms(terms);
    }

    void setTerms(QuoteRules.Checked terms) {
        if (approvedAt != null && !sameTerms(terms)) {
            approvedAt = null; // an approval covers the terms it saw
        }
        this.validUntil = terms.validUntil();
        this.discountPercent = terms.discountPercent();
        this.lines.clear();
        terms.lines().forEach(line -> lines.add(new QuoteLineValue(line)));
        LineTotals totals = QuoteRules.totals(terms.lines(), discountPercent);
        this.subtotal = totals.subtotal();
        this.discount = totals.discount();
        this.net = totals.net();
        this.tax = totals.tax();
        this.total = totals.total();
    }

    long id() {
        return id;
    }

    /** Whether {@code terms} are the ones kept (amounts compared by value: 15 and 15.00 are the same discount). */
    private boolean sameTerms(QuoteRules.Checked terms) {
        if (!terms.validUntil().equals(validUntil) || terms.discountPercent().compareTo(discountPercent) != 0
                || terms.lines().size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine kept = lines.get(i).toLine();
            QuoteLine given = terms.lines().get(i);
            if (kept.productId() != given.productId() || kept.quantity().compareTo(given.quantity()) != 0
                    || kept.unitPrice().compareTo(given.unitPrice()) != 0 || kept.discountPercent().compareTo(given.discountPercent()) != 0) {
                return false;
            }
        }
        return true;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    void approved(Instant at) {
        this.approvedAt = at;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    BigDecimal discountPercent() {
        return discountPercent;
    }

    List<QuoteLine> lineValues() {
        return lines.stream().map(QuoteLineValue::toLine).toList();
    }

    BigDecimal netAmount() {
        return net;
    }

    String currency() {
        return currency;
    }

    String number() {
        return number;
    }

    void numbered(String number) {
        this.number = number;
    }

    int revision() {
        return revision;
    }

    long ownerId() {
        return ownerId;
    }

    long version() {
        return version;
    }

    boolean latest() {
        return latest;
    }

    void superseded() {
        this.latest = false;
    }

    void sent(Instant at) {
        this.status = QuoteStatus.SENT;
        this.sentAt = at;
    }

    void decided(QuoteStatus outcome, String reason) {
        this.status = outcome;
        this.rejectReason = reason;
    }

    /** The status as the user sees it on {@code today}. */
    QuoteStatus status(LocalDate today) {
        return status == QuoteStatus.SENT && validUntil.isBefore(today) ? QuoteStatus.EXPIRED : status;
    }

    Quote toQuote(LocalDate today) {
        return new Quote(id, number, revision, latest, opportunityId, customerId, ownerId, currency, status(today), validUntil,
                discountPercent, lines.stream().map(QuoteLineValue::toLine).toList(), subtotal, discount, net, tax, total,
                rejectReason, createdAt, sentAt, version);
    }
}
