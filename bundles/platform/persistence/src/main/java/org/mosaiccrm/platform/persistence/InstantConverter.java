package org.mosaiccrm.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Instant} attributes as SQL {@code TIMESTAMP} (UTC wall time). JPA 3.1, and so
 * EclipseLink 4, maps {@code Instant} only as a serialized blob. Every module's persistence unit
 * gets this converter automatically.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        // to the microsecond on every database (StoredTime), so Derby and PostgreSQL store the same value
        return instant == null ? null : Timestamp.from(StoredTime.of(instant));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
