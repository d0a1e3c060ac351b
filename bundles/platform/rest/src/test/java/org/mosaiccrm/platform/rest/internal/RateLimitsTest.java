package org.mosaiccrm.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    @Test
    void aTokenBeyondItsCallsPerMinuteWaitsForTheNextMinuteAndOthersDoNot() {
        RateLimits limits = new RateLimits(2);
        long minute = 1_800_000_000_000L - 1_800_000_000_000L % 60_000;
        assertEquals(0, limits.take("a", minute + 1_000));
        assertEquals(0, limits.take("a", minute + 2_000));
        assertEquals(57, limits.take("a", minute + 3_000), "seconds to the next minute");
        assertEquals(0, limits.take("b", minute + 3_000), "each token counts its own");
        assertEquals(0, limits.take("a", minute + 60_000), "a new minute");
    }
}
