package org.mosaiccrm.platform.webhook;

import java.time.Instant;

/**
 * One event's delivery to one subscription, for the delivery log.
 *
 * @param eventId       the event's id, the same in every attempt ({@code X-Mosaic-Delivery}): receivers drop repeats by it
 * @param recordId      the record the event is about
 * @param attempts      attempts made so far
 * @param nextAttemptAt when it is tried next (PENDING), or null
 * @param lastStatus    the receiver's last HTTP status, or 0 when it did not answer
 * @param lastError     why the last attempt failed, or empty
 * @param deliveredAt   when the receiver took it, or null
 */
public record WebhookDelivery(long id, long subscriptionId, String eventId, String eventName, long recordId,
        DeliveryState state, int attempts, Instant createdAt, Instant nextAttemptAt, int lastStatus, String lastError,
        Instant deliveredAt) {
}
