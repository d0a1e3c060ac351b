package org.mosaiccrm.platform.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A subscription: where which events go. Events reach it only about records its owner may read.
 *
 * @param ownerId       the user it was made by, whose permissions and record scope decide what it hears of
 * @param events        the names of the events it takes ({@link WebhookEvent#name})
 * @param failuresInRow failed attempts since the last delivered one; at the configured number it pauses
 * @param pausedReason  why it is paused (empty when active or paused by hand)
 */
public record WebhookSubscription(long id, String name, String url, List<String> events, WebhookState state,
        String pausedReason, int failuresInRow, long ownerId, String ownerName, Instant createdAt, long version) {

    public WebhookSubscription {
        events = List.copyOf(events);
    }
}
