package org.mosaiccrm.platform.webhooks.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.webhook.DeliveryState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in the outbox: claims a batch of pending deliveries of active subscriptions (one
 * conditional update, so two nodes never take the same one), posts each, signed, and records the
 * outcome. A receiver answering 2xx has it; anything else is tried again after a pause that doubles
 * each time (the first one configured, at most an hour) until the attempts run out. Failed attempts
 * in a row are counted per subscription, which pauses at the configured number (its owner is told).
 */
final class Dispatch {

    /** What to do when a subscription pauses itself: tell its owner. */
    interface PauseListener {
        void paused(WebhookRow subscription);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);
    /** How long a claim holds: a node that stops mid-batch leaves its deliveries to be taken again after it. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final String USER_AGENT = "MosaicCRM-Webhooks/1.0";

    private final ModuleDatabase database;
    private final HttpClient http;
    private final ReceiverAddresses receivers;
    private final Clock clock;
    private final DispatchSettings settings;
    private final PauseListener pauses;

    Dispatch(ModuleDatabase database, HttpClient http, ReceiverAddresses receivers, Clock clock, DispatchSettings settings,
            PauseListener pauses) {
        this.database = database;
        this.http = http;
        this.receivers = receivers;
        this.clock = clock;
        this.settings = settings;
        this.pauses = pauses;
    }

    /** Delivers every delivery due now, batch after batch; returns how many receivers took theirs. */
    int sendDue() {
        int delivered = 0;
        while (true) {
            List<DeliveryRow> batch = claim(now());
            if (batch.isEmpty()) {
                return delivered;
            }
            delivered += send(batch);
            if (batch.size() < settings.batchSize()) {
                return delivered;
            }
        }
    }

    private List<DeliveryRow> claim(Instant now) {
        String claim = UUID.randomUUID().toString();
        return database.inTransaction(em -> {
            List<Long> ids = em.createQuery("SELECT d.id FROM DeliveryRow d WHERE d.state = :pending AND d.nextAttemptAt <= :now"
                    + " AND d.webhookId IN (SELECT w.id FROM WebhookRow w WHERE w.state = 'ACTIVE')"
                    + " ORDER BY d.nextAttemptAt, d.id", Long.class)
                    .setParameter("pending", DeliveryState.PENDING.name()).setParameter("now", now)
                    .setMaxResults(settings.batchSize()).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            em.createQuery("UPDATE DeliveryRow d SET d.claim = :claim, d.nextAttemptAt = :until"
                    + " WHERE d.id IN :ids AND d.state = :pending AND d.nextAttemptAt <= :now")
                    .setParameter("claim", claim).setParameter("until", now.plus(CLAIM)).setParameter("ids", ids)
                    .setParameter("pending", DeliveryState.PENDING.name()).setParameter("now", now).executeUpdate();
            return em.createQuery("SELECT d FROM DeliveryRow d WHERE d.claim = :claim ORDER BY d.id", DeliveryRow.class)
                    .setParameter("claim", claim).getResultList();
        });
    }

    private int send(List<DeliveryRow> batch) {
        Map<Long, WebhookRow> subscriptions = new HashMap<>();
        int delivered = 0;
        for (DeliveryRow delivery : batch) {
            WebhookRow subscription = subscriptions.computeIfAbsent(delivery.webhookId(),
                    id -> database.read(em -> em.find(WebhookRow.class, id)));
            if (subscription == null || !subscription.active()) {
                release(delivery);
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                release(delivery);
                continue;
            }
            Outcome outcome = post(subscription, delivery);
            WebhookRow after = record(delivery, outcome);
            if (after != null) {
                subscriptions.put(after.id(), after);
            }
            if (outcome.delivered()) {
                delivered++;
            }
        }
        return delivered;
    }

    /** What one attempt came to: the receiver's status (0: no answer) and, if it failed, why. */
    record Outcome(int status, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    private Outcome post(WebhookRow subscription, DeliveryRow delivery) {
        try {
            ReceiverAddresses.Refusal refusal = receivers.refusal(subscription.url());
            if (refusal != null) {
                return new Outcome(0, refusal.describe());
            }
            String body = delivery.payload();
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", USER_AGENT)
                    .header("X-Mosaic-Event", delivery.eventName())
                    .header("X-Mosaic-Delivery", delivery.eventId())
                    .header(Signatures.HEADER, Signatures.header(subscription.secret(), clock.instant().getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null) : new Outcome(status, "HTTP " + status);
        } catch (UnknownHostException e) {
            return new Outcome(0, "Unknown host " + e.getMessage());
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "No answer within " + settings.timeout().toSeconds() + " s");
        } catch (ConnectException e) {
            return new Outcome(0, "Connection refused or unreachable");
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(0, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "Interrupted: the CRM was stopping");
        }
    }

    /** Records the attempt on the delivery and the subscription; returns the subscription as it is now. */
    private WebhookRow record(DeliveryRow attempted, Outcome outcome) {
        Instant now = now();
        WebhookRow[] pausedNow = new WebhookRow[1];
        WebhookRow after = database.inTransaction(em -> {
            DeliveryRow delivery = em.find(DeliveryRow.class, attempted.id());
            WebhookRow subscription = em.find(WebhookRow.class, attempted.webhookId());
            if (delivery == null || subscription == null) {
                return null;
            }
            if (outcome.delivered()) {
                delivery.delivered(outcome.status(), now);
                subscription.delivered();
            } else {
                int attempt = delivery.attempts() + 1;
                delivery.failed(outcome.status(), outcome.error(),
                        attempt >= settings.maxAttempts() ? null : now.plus(pauseAfter(attempt)));
                if (subscription.failed(settings.pauseAfterFailures())) {
                    pausedNow[0] = subscription;
                }
            }
            return subscription;
        });
        if (!outcome.delivered()) {
            LOG.debug("Webhook delivery {} to subscription {} failed: {}", attempted.id(), attempted.webhookId(), outcome.error());
        }
        if (pausedNow[0] != null) {
            LOG.warn("Webhook subscription {} paused after {} failed attempts in a row; last: {}", pausedNow[0].id(),
                    settings.pauseAfterFailures(), outcome.error());
            pauses.paused(pausedNow[0]);
        }
        return after;
    }

    private void release(DeliveryRow claimed) {
        Instant now = now();
        database.runInTransaction(em -> {
            DeliveryRow delivery = em.find(DeliveryRow.class, claimed.id());
            if (delivery != null && delivery.state() == DeliveryState.PENDING) {
                delivery.release(now);
            }
        });
    }

    /** The pause after the {@code attempt}-th failure: the first pause, doubled each time, at most an hour. */
    Duration pauseAfter(int attempt) {
        Duration pause = settings.firstPause().multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
