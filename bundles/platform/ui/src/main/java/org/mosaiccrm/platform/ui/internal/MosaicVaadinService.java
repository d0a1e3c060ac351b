package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.ui.internal.notification.NotificationBell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;

/** Vaadin service that creates views through the plugin registry. */
final class MosaicVaadinService extends VaadinServletService {

    private static final long serialVersionUID = 1L;

    private final transient UiContributions contributions;
    private final transient I18NProvider i18nProvider;
    private final transient RouteOwners routeOwners;

    private final transient HostSecurity security;

    MosaicVaadinService(MosaicServlet servlet, DeploymentConfiguration configuration,
            UiContributions contributions, HostSecurity security, I18NProvider i18nProvider, RouteOwners routeOwners) {
        super(servlet, configuration);
        this.contributions = contributions;
        this.routeOwners = routeOwners;
        this.security = security;
        this.i18nProvider = i18nProvider;
    }

    private final transient Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void init() throws ServiceException {
        super.init();
        addSessionInitListener(event -> {
            sessions.add(event.getSession());
            if (event.getRequest() instanceof com.vaadin.flow.server.VaadinServletRequest request) {
                LanguageCookie.of(request.getHttpServletRequest()).ifPresent(event.getSession()::setLocale);
            }
            event.getSession().setErrorHandler(new AccessErrorHandler());
        });
        addUIInitListener(event -> event.getUI().addBeforeEnterListener(new AuthenticationGuard(security, contributions)));
        addSessionDestroyListener(event -> sessions.remove(event.getSession()));
    }

    /**
     * Ends every session of this service, so that no session outlives the host (a session would
     * keep its UIs and through them module classes).
     */
    void invalidateSessions() {
        for (VaadinSession session : Set.copyOf(sessions)) {
            try {
                if (session.getSession() != null) {
                    session.getSession().invalidate();
                }
            } catch (IllegalStateException alreadyInvalid) {
                // fine: nothing to end
            }
        }
        sessions.clear();
    }

    /**
     * Ends the sessions of one user at once: the subject is removed first (no further call runs as
     * that user), open tabs are sent to the login page over push, then the HTTP session ends.
     */
    void endSessionsOf(long userId) {
        for (VaadinSession session : Set.copyOf(sessions)) {
            if (SessionSubject.of(session).filter(subject -> subject.userId() == userId).isEmpty()) {
                continue;
            }
            SessionSubject.clear(session);
            session.access(() -> {
                session.getUIs().forEach(ui -> ui.getPage().setLocation(LoginRedirect.ROUTE));
            });
            session.access(() -> {
                try {
                    session.getSession().invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile
                }
            });
        }
    }

    /**
     * Shows a notice in every open tab of one user, over push; a click on it opens {@code route}.
     * It stays until closed: a reminder missed while looking elsewhere would be no reminder.
     */
    void notify(long userId, String textKey, String[] args, String route) {
        for (VaadinSession session : Set.copyOf(sessions)) {
            if (SessionSubject.of(session).filter(subject -> subject.userId() == userId).isEmpty()) {
                continue;
            }
            // each tab in its own access: a notification opens in the UI that is current, which
            // session.access alone does not set
            session.access(() -> session.getUIs().forEach(ui -> SessionSubject.access(ui, () -> {
                showNotice(ui, textKey, args, route);
                NotificationBell.refreshIn(ui);
                MainLayout.refreshCountsIn(ui);
            })));
        }
    }

    /** Runs {@code work} in every open tab of every signed-in user, with that user as the current subject. */
    void forEachTab(java.util.function.Consumer<UI> work) {
        for (VaadinSession session : Set.copyOf(sessions)) {
            if (SessionSubject.of(session).isPresent()) {
                session.access(() -> session.getUIs().forEach(ui -> SessionSubject.access(ui, () -> work.accept(ui))));
            }
        }
    }

    private static void showNotice(UI ui, String textKey, String[] args, String route) {
        Notification notice = new Notification();
        notice.addClassName("user-notice");
        notice.setPosition(Notification.Position.TOP_END);
        Button text = new Button(ui.getTranslation(textKey, (Object[]) args), event -> {
            notice.close();
            if (!route.isEmpty()) {
                ui.navigate(route);
            }
        });
        text.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(ui.getTranslation("notice.close"));
        notice.add(new HorizontalLayout(VaadinIcon.BELL.create(), text, close));
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.open();
    }

    /**
     * Web resources of the embedded jars ({@code META-INF/resources}, e.g. the push client), read
     * through the host's class loader: a servlet container would serve them from the web app, and
     * Vaadin's own lookup through the servlet context cannot handle {@code bundle:} URLs on Jetty 12.
     */
    @Override
    public URL getStaticResource(String path) {
        return getClassLoader().getResource("META-INF/resources" + (path.startsWith("/") ? path : "/" + path));
    }

    @Override
    public URL getResource(String path) {
        return getStaticResource(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        URL url = getStaticResource(path);
        try {
            return url == null ? null : url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected Instantiator createInstantiator() {
        return new MosaicInstantiator(this, contributions, security, i18nProvider, routeOwners);
    }
}
