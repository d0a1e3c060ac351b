package org.mosaiccrm.sales.service.internal;

import java.util.List;

import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.osgi.service.component.annotations.Component;

/** The notifications the sales module sends, with their mail texts (mail/*.ftl of this bundle). */
@Component(service = NotificationKinds.class)
public class SalesNotificationKinds implements NotificationKinds {

    /** A lead task's reminder time has come: arguments task title, lead name. */
    public static final String LEAD_REMINDER = "sales.lead-reminder";

    private final List<NotificationKind> kinds = List.of(
            new NotificationKind(LEAD_REMINDER, "sales.notification.leadReminder", false,
                    MailTemplate.load(SalesNotificationKinds.class, LEAD_REMINDER, "mail/lead-reminder")));

    @Override
    public List<NotificationKind> kinds() {
        return kinds;
    }
}
