package org.mosaiccrm.platform.webhooks.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body every subscription gets for one event, written once when the event is queued:
 * {@code {"id", "event", "occurredAt", "recordId", "user", "data"}}. The module's data is copied into
 * plain JSON values first (dates and anything else as text), so no class of a module is kept by the
 * outbox or by Jackson's caches after the module goes.
 */
record EventPayload(String eventId, String eventName, long recordId, String json) {

    /** Longest body kept; a module's data beyond it is left out and the body says so. */
    static final int MAX_LENGTH = 16000;
    private static final int MAX_DEPTH = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    static EventPayload of(String eventName, long recordId, String user, Object data, Instant occurredAt) {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("event", eventName);
        body.put("occurredAt", occurredAt.toString());
        body.put("recordId", recordId);
        body.put("user", user);
        body.put("data", plain(data, 0));
        String json = write(body);
        if (json.length() > MAX_LENGTH) {
            body.put("data", Map.of("truncated", true));
            json = write(body);
        }
        return new EventPayload(eventId, eventName, recordId, json);
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plain JSON values always write", e);
        }
    }

    /** The value as strings, numbers, booleans, nulls, lists and maps only. */
    static Object plain(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof BigDecimal
                || value instanceof BigInteger || value instanceof Double || value instanceof Float) {
            return value;
        }
        if (depth >= MAX_DEPTH) {
            return String.valueOf(value);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item, depth + 1)));
            return copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(plain(item, depth + 1)));
            return copy;
        }
        if (value instanceof Object[] items) {
            return plain(Arrays.asList(items), depth);
        }
        return value.toString();
    }
}
