package org.mosaiccrm.platform.webhooks.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.webhook.DeliveryState;
import org.mosaiccrm.platform.webhook.WebhookDelivery;

/** One event for one subscription, in the outbox and then the delivery log: its row in {@code PLT_WEBHOOK_DELIVERY}. */
@Entity
@Table(name = "PLT_WEBHOOK_DELIVERY")
public class DeliveryRow {

    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_webhook_delivery_seq")
    @SequenceGenerator(name = "plt_webhook_delivery_seq", sequenceName = "PLT_WEBHOOK_DELIVERY_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "WEBHOOK_ID")
    private long webhookId;
    @Column(name = "EVENT_ID")
    private String eventId;
    @Column(name = "EVENT_NAME")
    private String eventName;
    @Column(name = "RECORD_ID")
    private long recordId;
    @Column(name = "PAYLOAD")
    private String payload;
    @Column(name = "STATE")
    private String state;
    @Column(name = "ATTEMPTS")
    private int attempts;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Column(name = "NEXT_ATTEMPT_AT")
    private Instant nextAttemptAt;
    @Column(name = "LAST_STATUS")
    private int lastStatus;
    @Column(name = "LAST_ERROR")
    private String lastError;
    @Column(name = "DELIVERED_AT")
    private Instant deliveredAt;
    @Column(name = "CLAIM")
    private String claim;

    protected DeliveryRow() {
        // for JPA
    }

    DeliveryRow(long webhookId, EventPayload event, Instant now) {
        this.webhookId = webhookId;
        this.eventId = event.eventId();
        this.eventName = event.eventName();
        this.recordId = event.recordId();
        this.payload = event.json();
        this.state = DeliveryState.PENDING.name();
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.lastError = "";
    }

    long id() {
        return id;
    }

    long webhookId() {
        return webhookId;
    }

    String eventId() {
        return eventId;
    }

    String eventName() {
        return eventName;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    DeliveryState state() {
        return DeliveryState.valueOf(state);
    }

    void delivered(int status, Instant at) {
        attempts++;
        state = DeliveryState.DELIVERED.name();
        lastStatus = status;
        lastError = "";
        deliveredAt = at;
        nextAttemptAt = null;
        claim = null;
    }

    /** A failed attempt; {@code next} null: given up. */
    void failed(int status, String error, Instant next) {
        attempts++;
        lastStatus = status;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        state = next == null ? DeliveryState.FAILED.name() : DeliveryState.PENDING.name();
        nextAttemptAt = next;
        claim = null;
    }

    /** Back in the queue unattempted by this run (its subscription paused meanwhile). */
    void release(Instant due) {
        state = DeliveryState.PENDING.name();
        nextAttemptAt = due;
        claim = null;
    }

    void queueAgain(Instant now) {
        state = DeliveryState.PENDING.name();
        nextAttemptAt = now;
        claim = null;
    }

    WebhookDelivery toDelivery() {
        return new WebhookDelivery(id, webhookId, eventId, eventName, recordId, state(), attempts, createdAt, nextAttemptAt,
                lastStatus, lastError, deliveredAt);
    }
}
