package org.mosaiccrm.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** At most so many calls at once; the next waits its turn, and is turned away after the queue time. */
class CallSlotsTest {

    @Test
    void aCallBeyondTheBoundWaitsForAFreedSlot() throws Exception {
        CallSlots slots = new CallSlots(2, Duration.ofSeconds(10));
        CallSlots.Slot first = slots.take();
        CallSlots.Slot second = slots.take();
        CompletableFuture<CallSlots.Slot> third = CompletableFuture.supplyAsync(() -> {
            try {
                return slots.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertTrue(!third.isDone(), "waits while both slots are taken");
        first.close();
        assertNotNull(third.get(5, TimeUnit.SECONDS), "takes the slot freed");
        second.close();
        third.get().close();
    }

    @Test
    void aCallWaitingLongerThanTheQueueTimeIsTurnedAway() throws Exception {
        CallSlots slots = new CallSlots(1, Duration.ofMillis(100));
        try (CallSlots.Slot only = slots.take()) {
            long start = System.nanoTime();
            assertNull(slots.take());
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(90));
        }
        try (CallSlots.Slot again = slots.take()) {
            assertNotNull(again, "free again once closed");
        }
    }
}
