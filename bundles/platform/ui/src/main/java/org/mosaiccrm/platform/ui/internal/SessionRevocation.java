package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.security.SecurityEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.EventConstants;

/** Ends a user's open sessions when the security module says so (user disabled, password reset). */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + SecurityEvents.SESSIONS_REVOKED)
public class SessionRevocation implements EventHandler {

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(EventTopics.PROPERTY_ID) instanceof Long userId) {
            ActiveServices.stream().filter(MosaicVaadinService.class::isInstance).map(MosaicVaadinService.class::cast)
                    .forEach(service -> service.endSessionsOf(userId));
        }
    }
}
