package org.mosaiccrm.platform.webhooks.internal;

import java.time.Duration;

/** How deliveries are tried: attempts, the first pause (doubling after), failures before a pause, timeout, batch. */
record DispatchSettings(int maxAttempts, Duration firstPause, int pauseAfterFailures, Duration timeout, int batchSize) {

    DispatchSettings {
        maxAttempts = Math.max(1, maxAttempts);
        pauseAfterFailures = Math.max(1, pauseAfterFailures);
        batchSize = Math.max(1, batchSize);
    }
}
