package org.mosaiccrm.platform.ui.internal;

import java.util.Optional;

import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.ui.ViewContribution;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Runs before every navigation: without a logged-in subject only the login page opens; with a
 * pending password change only the password page; a module view only with its permission. This
 * only keeps the UI honest: the services check every call themselves.
 */
final class AuthenticationGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient HostSecurity security;
    private final transient UiContributions contributions;

    AuthenticationGuard(HostSecurity security, UiContributions contributions) {
        this.security = security;
        this.contributions = contributions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginRedirect.class) {
            return;
        }
        Optional<Subject> subject = SessionSubject.current();
        if (subject.isEmpty()) {
            event.forwardTo(LoginRedirect.class);
            return;
        }
        if (!security.isActive(subject.get())) {
            if (security.mustChangePassword(subject.get())) {
                if (target != ChangePasswordView.class) {
                    event.forwardTo(ChangePasswordView.class);
                }
                return;
            }
            SessionSubject.clear(VaadinSession.getCurrent());
            event.forwardTo(LoginRedirect.class);
            return;
        }
        Optional<ViewContribution<?>> view = contributions.viewFor(target);
        if (view.isPresent() && !contributions.isPermitted(view.get().requiredPermission())) {
            event.forwardTo(HomeView.class);
            Notification.show(event.getUI().getTranslation("access.denied"), 5000, Notification.Position.BOTTOM_START);
        }
    }
}
