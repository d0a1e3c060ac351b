package org.mosaiccrm.platform.event;

/**
 * EventAdmin topic conventions: {@code org/mosaiccrm/<area>/<Entity>/<ACTION>}, for example
 * {@code org/mosaiccrm/customer/Customer/CREATED}. Reactions (audit, reminders, BI refresh) subscribe
 * with wildcards such as {@code org/mosaiccrm/customer/*}.
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

    private static final String ROOT = "org/mosaiccrm/";

    private EventTopics() {
    }

    /** Topic for an action on an entity of an area. */
    public static String topic(String area, String entity, String action) {
        return ROOT + area + "/" + entity + "/" + action;
    }

    /** Wildcard topic for every event of an area. */
    public static String allOf(String area) {
        return ROOT + area + "/*";
    }
}
