package org.mosaiccrm.platform.webhook;

import java.util.List;

/**
 * A subscription as a user asks for it.
 *
 * @param name   what it is for ("ERP sync"), up to 100 characters
 * @param url    the receiver, {@code https://} or {@code http://}
 * @param events the names of the events it takes, at least one
 */
public record NewWebhook(String name, String url, List<String> events) {

    public NewWebhook {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
