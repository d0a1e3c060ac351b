package org.mosaiccrm.platform.notification;

import java.time.Instant;
import java.util.List;

/** A notification kept for its user; {@code readAt} is null while unread. */
public record Notification(long id, long userId, String kind, String textKey, List<String> args, String route,
        Instant createdAt, Instant readAt) {

    public Notification {
        args = List.copyOf(args);
    }

    public boolean read() {
        return readAt != null;
    }
}
