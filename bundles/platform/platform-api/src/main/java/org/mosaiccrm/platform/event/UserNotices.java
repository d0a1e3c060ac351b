package org.mosaiccrm.platform.event;

import java.util.Map;

/**
 * A notice for one user, shown at once in every browser tab the user has open (a reminder, a lead
 * assigned to them...). Post it with EventAdmin: {@code eventAdmin.postEvent(new Event(TOPIC,
 * UserNotices.of(userId, "sales.reminder", route, title)))}. A user without an open tab does not
 * see it; anything that must not be missed belongs on a list or widget as well.
 *
 * @since 1.1
 */
public final class UserNotices {

    public static final String TOPIC = "org/mosaiccrm/platform/USER_NOTICE";
    /** Event property: the user to tell (Long). */
    public static final String PROPERTY_USER_ID = "userId";
    /** Event property: i18n key of the text (String). */
    public static final String PROPERTY_TEXT_KEY = "textKey";
    /** Event property: parameters of the text (String[]). */
    public static final String PROPERTY_ARGS = "args";
    /** Event property: where the notice leads when clicked, a route such as {@code sales/leads/12}, or empty (String). */
    public static final String PROPERTY_ROUTE = "route";

    private UserNotices() {
    }

    /** The properties of a notice event. */
    public static Map<String, Object> of(long userId, String textKey, String route, String... args) {
        return Map.of(PROPERTY_USER_ID, userId, PROPERTY_TEXT_KEY, textKey, PROPERTY_ROUTE, route == null ? "" : route,
                PROPERTY_ARGS, args.clone());
    }
}
