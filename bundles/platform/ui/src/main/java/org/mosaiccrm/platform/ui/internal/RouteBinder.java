package org.mosaiccrm.platform.ui.internal;

import java.util.List;

import org.mosaiccrm.platform.ui.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Keeps Vaadin's application route registry equal to the view contributions: Vaadin does not scan
 * for routes here, so each contributed view is mapped to its route inside the main layout when
 * it appears and unmapped when it goes. Open tabs hear of it through the registry's route-change
 * listeners (see {@link MainLayout}).
 */
final class RouteBinder implements AutoCloseable {

    private static final List<Class<? extends RouterLayout>> IN_MAIN_LAYOUT = List.of(MainLayout.class);

    private final Logger logger = LoggerFactory.getLogger(RouteBinder.class);
    private final ApplicationRouteRegistry registry;
    private final UiContributions contributions;
    private final RouteOwners owners;
    private Runnable unsubscribe = () -> { };

    RouteBinder(VaadinContext context, UiContributions contributions, RouteOwners owners) {
        // The registry comes from the context: the "application scope" helper fails off request threads.
        this.registry = ApplicationRouteRegistry.getInstance(context);
        this.contributions = contributions;
        this.owners = owners;
    }

    void open() {
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        routes.setRoute("", HomeView.class, IN_MAIN_LAYOUT);
        routes.setRoute(LoginRedirect.ROUTE, LoginRedirect.class);
        routes.setRoute(ChangePasswordView.ROUTE, ChangePasswordView.class);
        unsubscribe = contributions.addListener(change -> {
            if (change.kind() == UiContributions.Kind.VIEW) {
                if (change.added()) {
                    bind((ViewContribution<?>) change.contribution());
                } else {
                    unbind((ViewContribution<?>) change.contribution());
                }
            }
        });
        contributions.allViews().forEach(this::bind);
    }

    private void bind(ViewContribution<?> view) {
        try (HostClassLoader ignored = HostClassLoader.enter()) {
            RouteConfiguration.forRegistry(registry).setRoute(view.route(), view.viewClass(), IN_MAIN_LAYOUT);
            owners.remember(view.route(), view.viewClass());
            logger.info("Route '{}' -> {}", view.route(), view.viewClass().getName());
        } catch (RuntimeException e) {
            logger.error("Cannot map route '{}' of {}: {}", view.route(), view.viewClass().getName(), e.getMessage());
        }
    }

    private void unbind(ViewContribution<?> view) {
        try (HostClassLoader ignored = HostClassLoader.enter()) {
            Class<?> viewClass = view.viewClass();
            RouteConfiguration.forRegistry(registry).removeRoute(view.route());
            ModuleClassReleaser.release(viewClass.getClassLoader());
            logger.info("Route '{}' removed", view.route());
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }
}
