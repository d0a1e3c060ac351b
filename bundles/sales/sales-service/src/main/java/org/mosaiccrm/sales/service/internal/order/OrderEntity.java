package org.mosaiccrm.sales.service.internal.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.SalesOrder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A sales order (SAL_ORDER); its lines are those of the accepted quote revision it refers to. */
@Entity
@Table(name = "SAL_ORDER")
public class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_order_seq")
    @SequenceGenerator(name = "sal_order_seq", sequenceName = "SAL_ORDER_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "ORDER_NUMBER", nullable = false, length = 20)
    private String number;

    @Column(name = "QUOTE_ID", nullable = false)
    private long quoteId;

    @Column(name = "OPPORTUNITY_ID", nullable = false)
    private long opportunityId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "TOTAL", nullable = false, precision = 17, scale = 2)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private OrderStatus status;

    @Column(name = "CANCEL_REASON", nullable = false, length = 500)
    private String cancelReason;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OrderEntity() {
    }

    /** A confirmed order for an accepted quote; numbered once it has its id. */
    public OrderEntity(Quote accepted, Instant at) {
        this.number = "";
        this.quoteId = accepted.id();
        this.opportunityId = accepted.opportunityId();
        this.customerId = accepted.customerId();
        this.ownerId = accepted.ownerId();
        this.currency = accepted.currency();
        this.total = accepted.total();
        this.status = OrderStatus.CONFIRMED;
        this.cancelReason = "";
        this.createdAt = at;
        this.changedAt = at;
    }

    public void numbered(String number) {
        this.number = number;
    }

    public long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    long version() {
        return version;
    }

    OrderStatus status() {
        return status;
    }

    void moveTo(OrderStatus next, String reason, Instant at) {
        this.status = next;
        this.cancelReason = reason;
        this.changedAt = at;
    }

    public SalesOrder toOrder() {
        return new SalesOrder(id, number, quoteId, opportunityId, customerId, ownerId, currency, total, status, cancelReason,
                createdAt, changedAt, version);
    }
}
