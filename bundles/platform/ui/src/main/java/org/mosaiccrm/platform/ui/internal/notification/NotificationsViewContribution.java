package org.mosaiccrm.platform.ui.internal.notification;

import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The notifications page of every signed-in user, reached from the bell (no menu entry). */
@Component(service = ViewContribution.class)
public class NotificationsViewContribution implements ViewContribution<NotificationsView> {

    private final Notifications notifications;

    @Activate
    public NotificationsViewContribution(@Reference Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String route() {
        return NotificationsView.ROUTE;
    }

    @Override
    public Class<NotificationsView> viewClass() {
        return NotificationsView.class;
    }

    @Override
    public NotificationsView createView() {
        return new NotificationsView(notifications);
    }

    @Override
    public String titleKey() {
        return "notification.title";
    }

    @Override
    public String requiredPermission() {
        return "";
    }

    @Override
    public String menuGroup() {
        return "";
    }
}
