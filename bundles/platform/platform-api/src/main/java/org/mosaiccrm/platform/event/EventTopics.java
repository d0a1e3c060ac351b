package org.mosaiccrm.platform.event;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.platform.security.CurrentSubject;

/**
 * EventAdmin topic conventions: {@code org/mosaiccrm/<area>/<Entity>/<ACTION>}, for example
 * {@code org/mosaiccrm/notes/Note/CREATED}. Reactions (audit, reminders, BI refresh) subscribe
 * with wildcards such as {@code org/mosaiccrm/notes/*}. An event a module offers to webhooks carries
 * {@link #recordProperties}.
 */
public final class EventTopics {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    public static final String MERGED = "MERGED";

    /** Event property: id of the record (Long). */
    public static final String PROPERTY_ID = "id";
    /** Event property: user name of whoever caused the event (String). */
    public static final String PROPERTY_USER = "user";
    /**
     * Event property: the owner of the record (Long), whose scope decides who may hear of it (webhooks).
     *
     * @since 1.2
     */
    public static final String PROPERTY_OWNER_ID = "ownerId";
    /**
     * Event property: what a listener outside the CRM is told about the record (a {@code Map<String, ?>} of
     * strings, numbers, booleans, dates and times, lists and maps of these): enough to name it, never a
     * field a reader of the record might not see; the receiver reads the rest through the API.
     *
     * @since 1.2
     */
    public static final String PROPERTY_DATA = "data";

    private static final String ROOT = "org/mosaiccrm/";

    private EventTopics() {
    }

    /** Topic for an action on an entity of an area. */
    public static String topic(String area, String entity, String action) {
        return ROOT + area + "/" + entity + "/" + action;
    }

    /**
     * The properties of an event about record {@code id}, caused by the current subject.
     *
     * @param ownerId the record's owner (its scope), or null for a record without one
     * @param data    what a listener outside the CRM is told ({@link #PROPERTY_DATA})
     * @since 1.2
     */
    public static Map<String, Object> recordProperties(long id, Long ownerId, Map<String, ?> data) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PROPERTY_ID, id);
        if (ownerId != null) {
            properties.put(PROPERTY_OWNER_ID, ownerId);
        }
        properties.put(PROPERTY_DATA, Collections.unmodifiableMap(new LinkedHashMap<>(data)));
        CurrentSubject.get().ifPresent(subject -> properties.put(PROPERTY_USER, subject.username()));
        return properties;
    }

    /** Wildcard topic for every event of an area. */
    public static String allOf(String area) {
        return ROOT + area + "/*";
    }
}
