package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.event.UserNotices;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Shows the notices modules post for a user in that user's open tabs (see {@link UserNotices}). */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + UserNotices.TOPIC)
public class UserNoticeDelivery implements EventHandler {

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(UserNotices.PROPERTY_USER_ID) instanceof Long userId
                && event.getProperty(UserNotices.PROPERTY_TEXT_KEY) instanceof String key) {
            String[] args = event.getProperty(UserNotices.PROPERTY_ARGS) instanceof String[] given ? given : new String[0];
            String route = event.getProperty(UserNotices.PROPERTY_ROUTE) instanceof String given ? given : "";
            ActiveServices.stream().filter(MosaicVaadinService.class::isInstance).map(MosaicVaadinService.class::cast)
                    .forEach(service -> service.notify(userId, key, args, route));
        }
    }
}
