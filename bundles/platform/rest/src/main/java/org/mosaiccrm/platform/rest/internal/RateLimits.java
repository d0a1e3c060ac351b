package org.mosaiccrm.platform.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls per token and minute (a fixed window per token): a client that sends more waits for the next
 * minute and is told how long. In memory: each node counts its own calls.
 */
final class RateLimits {

    private static final long MINUTE = 60_000;

    private final int perMinute;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int calls) {
    }

    RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts a call of {@code token} at {@code nowMillis}; returns 0 if it may go on, else the seconds to wait. */
    long take(String token, long nowMillis) {
        long start = nowMillis - nowMillis % MINUTE;
        Window window = windows.compute(token, (key, old) -> old == null || old.start() != start ? new Window(start, 1)
                : new Window(start, old.calls() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.start() != start); // forget tokens quiet since the last minute
        }
        return window.calls() <= perMinute ? 0 : Math.max(1, (start + MINUTE - nowMillis + 999) / 1000);
    }
}
