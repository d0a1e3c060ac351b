package org.mosaiccrm.platform.webhooks.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events the installed modules offer; the platform's own ping is none of them. A provider's events leave
 * with it; a name offered twice keeps the first and warns.
 */
final class WebhookCatalog {

    /** The event {@code Webhooks.ping} queues: belongs to no module, about no record. */
    static final WebhookEvent PING = new WebhookEvent("platform.webhook.ping", "org/mosaiccrm/platform/WEBHOOK_PING", "",
            "webhook.event.ping");
    private static final Logger LOG = LoggerFactory.getLogger(WebhookCatalog.class);

    private final Map<WebhookEvents, List<WebhookEvent>> offered = new ConcurrentHashMap<>();

    void add(WebhookEvents provider) {
        offered.put(provider, List.copyOf(provider.webhookEvents()));
        Set<String> seen = new HashSet<>();
        offered.values().stream().flatMap(List::stream).map(WebhookEvent::name).filter(name -> !seen.add(name))
                .forEach(name -> LOG.warn("Webhook event {} is offered twice; one offer is ignored", name));
    }

    void remove(WebhookEvents provider) {
        offered.remove(provider);
    }

    /** Every offered event by name (not the ping: every subscription gets it when asked for). */
    List<WebhookEvent> events() {
        Map<String, WebhookEvent> byName = offered.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(WebhookEvent::name, event -> event, (first, second) -> first));
        return byName.values().stream().sorted(Comparator.comparing(WebhookEvent::name)).toList();
    }

    Set<String> names() {
        return events().stream().map(WebhookEvent::name).collect(Collectors.toSet());
    }

    Optional<WebhookEvent> byName(String name) {
        return events().stream().filter(event -> event.name().equals(name)).findFirst();
    }

    Optional<WebhookEvent> byTopic(String topic) {
        return offered.values().stream().flatMap(List::stream).filter(event -> event.topic().equals(topic)).findFirst();
    }
}
