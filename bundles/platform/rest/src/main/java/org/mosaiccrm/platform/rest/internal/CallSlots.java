package org.mosaiccrm.platform.rest.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many API calls are worked on at once. Calls are mostly processor work (the query, JSON); when
 * more of them run than there are cores, each takes longer and the slowest take much longer (at 32
 * clients on 2 cores, p95 39 ms unbounded, 21 ms bounded: docs/benchmarks.md). Bounded, a call
 * beyond the bound waits its turn, first come first served, holding no processor; one that waits
 * longer than the queue time is turned away (503) rather than piling up. The web UI is not bounded
 * here, nor are downloads through it.
 */
final class CallSlots {

    /** A slot taken; closing it frees it. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore slots;
    private final Duration queue;

    CallSlots(int concurrent, Duration queue) {
        this.slots = new Semaphore(Math.max(1, concurrent), true);
        this.queue = queue;
    }

    /** A slot, once one is free; null when none was free within the queue time. */
    Slot take() throws InterruptedException {
        if (!slots.tryAcquire(queue.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return slots::release;
    }
}
