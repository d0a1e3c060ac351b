package org.mosaiccrm.platform.webhooks.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.webhook.NewWebhook;

/**
 * A subscription's fields as typed, checked: a name, an absolute {@code http(s)} address without
 * credentials in it, and known event names. Refusals name the field, and nothing is stored.
 */
record WebhookInput(String name, String url, List<String> events) {

    private static final int NAME_LENGTH = 100;
    private static final int URL_LENGTH = 2000;
    private static final int EVENTS_LENGTH = 4000;

    static WebhookInput of(NewWebhook webhook, Set<String> knownEvents) {
        String name = webhook.name() == null ? "" : webhook.name().strip();
        if (name.isEmpty()) {
            throw new InputRefusedException("name", "webhook.error.nameRequired");
        }
        if (name.length() > NAME_LENGTH) {
            throw new InputRefusedException("name", "webhook.error.nameTooLong", NAME_LENGTH);
        }
        String url = webhook.url() == null ? "" : webhook.url().strip();
        checkUrl(url);
        Set<String> events = new LinkedHashSet<>();
        for (String event : webhook.events()) {
            String chosen = event == null ? "" : event.strip();
            if (!knownEvents.contains(chosen)) {
                throw new InputRefusedException("events", "webhook.error.unknownEvent", chosen);
            }
            events.add(chosen);
        }
        if (events.isEmpty()) {
            throw new InputRefusedException("events", "webhook.error.eventsRequired");
        }
        if (String.join(",", events).length() > EVENTS_LENGTH) {
            throw new InputRefusedException("events", "webhook.error.tooManyEvents");
        }
        return new WebhookInput(name, url, List.copyOf(events));
    }

    private static void checkUrl(String url) {
        if (url.isEmpty()) {
            throw new InputRefusedException("url", "webhook.error.urlRequired");
        }
        if (url.length() > URL_LENGTH) {
            throw new InputRefusedException("url", "webhook.error.urlTooLong", URL_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InputRefusedException("url", "webhook.error.url", url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InputRefusedException("url", "webhook.error.url", url);
        }
        if (uri.getRawUserInfo() != null) {
            // a password in the address would show in every list and log: the secret signs instead
            throw new InputRefusedException("url", "webhook.error.urlCredentials");
        }
        if (uri.getRawFragment() != null) {
            throw new InputRefusedException("url", "webhook.error.url", url);
        }
    }
}
