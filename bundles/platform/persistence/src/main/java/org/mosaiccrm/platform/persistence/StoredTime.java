package org.mosaiccrm.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time as the database keeps it: to the microsecond, PostgreSQL's {@code TIMESTAMP}
 * precision (Derby keeps more, the JVM's clock gives nanoseconds). A record a service returns after
 * saving then equals the record read back, on every database.
 *
 * @since 1.4
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code instant} as it will be stored. */
    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
