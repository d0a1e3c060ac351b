package org.mosaiccrm.platform.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an event into the outbox once for every subscription that takes it and whose owner may read
 * the record now (permission and record scope, checked as that owner: a disabled owner hears of
 * nothing). Paused subscriptions get it too, to be delivered once resumed.
 */
final class EventQueue {

    private static final Logger LOG = LoggerFactory.getLogger(EventQueue.class);

    private final ModuleDatabase database;
    private final AccessPolicy access;
    private final Clock clock;

    EventQueue(ModuleDatabase database, AccessPolicy access, Clock clock) {
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /** @return how many deliveries were queued */
    int queue(WebhookEvent event, long recordId, Long ownerId, String user, Object data) {
        List<WebhookRow> subscribers = database.read(em -> em.createQuery(
                "SELECT w FROM WebhookRow w WHERE w.events LIKE :name ORDER BY w.id", WebhookRow.class)
                .setParameter("name", "%" + event.name() + "%").getResultList())
                .stream().filter(row -> row.events().contains(event.name()))
                .filter(row -> mayHear(row.owner(), event.permission(), ownerId)).toList();
        if (subscribers.isEmpty()) {
            return 0;
        }
        Instant now = now();
        EventPayload payload = EventPayload.of(event.name(), recordId, user, data, now);
        try {
            database.runInTransaction(em -> subscribers.forEach(row -> em.persist(new DeliveryRow(row.id(), payload, now))));
            return subscribers.size();
        } catch (RuntimeException e) {
            // a subscription removed meanwhile fails the whole insert: the others still get the event
            int queued = 0;
            for (WebhookRow row : subscribers) {
                try {
                    database.runInTransaction(em -> em.persist(new DeliveryRow(row.id(), payload, now)));
                    queued++;
                } catch (RuntimeException gone) {
                    LOG.debug("Webhook {} not given event {}: {}", row.id(), payload.eventId(), gone.toString());
                }
            }
            return queued;
        }
    }

    /** Queues an event for one subscription, whatever it takes (the ping). */
    DeliveryRow queueFor(WebhookRow row, WebhookEvent event, String user) {
        Instant now = now();
        EventPayload payload = EventPayload.of(event.name(), 0, user, Map.of("subscriptionId", row.id()), now);
        return database.inTransaction(em -> {
            DeliveryRow delivery = new DeliveryRow(row.id(), payload, now);
            em.persist(delivery);
            em.flush();
            return delivery;
        });
    }

    private boolean mayHear(Subject owner, String permission, Long ownerId) {
        return CurrentSubject.callAs(owner, () -> access.isPermitted(permission)
                && (ownerId == null || access.ownerFilter(permission).includes(ownerId)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
