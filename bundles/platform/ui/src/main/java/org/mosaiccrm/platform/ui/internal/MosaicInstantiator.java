package org.mosaiccrm.platform.ui.internal;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * Creates views by asking the module that contributed them, so that a module hands its services to
 * its views through constructors; creates the host's own layout and home with the registry.
 */
final class MosaicInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;

    private final transient UiContributions contributions;
    private final transient HostSecurity security;
    private final I18NProvider i18nProvider;
    private final transient RouteOwners routeOwners;

    MosaicInstantiator(VaadinService service, UiContributions contributions, HostSecurity security,
            I18NProvider i18nProvider, RouteOwners routeOwners) {
        super(service);
        this.contributions = contributions;
        this.security = security;
        this.i18nProvider = i18nProvider;
        this.routeOwners = routeOwners;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (type == MainLayout.class) {
            return type.cast(new MainLayout(contributions, security));
        }
        if (type == ChangePasswordView.class) {
            return type.cast(new ChangePasswordView(security));
        }
        if (type == PageNotFoundView.class) {
            return type.cast(new PageNotFoundView(routeOwners));
        }
        if (type == HomeView.class) {
            return type.cast(new HomeView(contributions));
        }
        return contributions.viewFor(type)
                .<T>map(view -> type.cast(view.createView()))
                .orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18nProvider;
    }
}
