package org.mosaiccrm.platform.notifications.internal;

import java.time.Clock;

import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The real notification centre for other bundles' tests (test-jar), without browser tabs to push to. */
public final class TestNotifications {

    private TestNotifications() {
    }

    /** A centre on {@code database} (migrated with {@link NotificationService#unit()}) knowing {@code kinds}. */
    public static Notifications centre(ModuleDatabase database, AccessPolicy access, AuditLog audit, MailOutbox outbox, Clock clock,
            NotificationKinds... kinds) {
        EventAdmin noTabs = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                // no browser tabs in service tests
            }

            @Override
            public void sendEvent(Event event) {
                // no browser tabs in service tests
            }
        };
        NotificationService centre = new NotificationService(database, access, audit, noTabs, outbox, "http://localhost:8181/", clock);
        for (NotificationKinds provider : kinds) {
            centre.addKinds(provider);
        }
        return centre;
    }
}
