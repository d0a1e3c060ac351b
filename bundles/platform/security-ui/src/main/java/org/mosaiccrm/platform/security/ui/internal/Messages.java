package org.mosaiccrm.platform.security.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short notices at the bottom of the screen. */
final class Messages {

    private Messages() {
    }

    static void info(Component source, String key, Object... params) {
        Notification.show(source.getTranslation(key, params), 4000, Notification.Position.BOTTOM_START);
    }

    static void error(Component source, String key, Object... params) {
        Notification notice = Notification.show(source.getTranslation(key, params), 6000, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
