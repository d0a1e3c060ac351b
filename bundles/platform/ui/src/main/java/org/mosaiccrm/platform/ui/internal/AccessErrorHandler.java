package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.NotAuthenticatedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;

/**
 * Turns a service's refusal inside a click handler into words for the user (the policy has
 * audited it already); a lost login leads back to the login page. Anything else is logged as before.
 */
final class AccessErrorHandler extends DefaultErrorHandler {

    private static final long serialVersionUID = 1L;

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause != null && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (cause == null || ui == null) {
            super.error(event);
            return;
        }
        if (cause instanceof NotAuthenticatedException) {
            ui.navigate(LoginRedirect.class);
            return;
        }
        Notification notice = Notification.show(ui.getTranslation("access.denied"), 5000, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
