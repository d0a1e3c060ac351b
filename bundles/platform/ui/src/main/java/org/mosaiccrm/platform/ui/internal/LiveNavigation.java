package org.mosaiccrm.platform.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.platform.ui.MenuEntry;
import org.mosaiccrm.platform.ui.Navigation;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/** The menu from the view contributions; live routes from Vaadin's own route registry. */
@Component(service = Navigation.class)
public class LiveNavigation implements Navigation {

    private final UiContributions contributions;

    @Activate
    public LiveNavigation(@Reference UiContributions contributions) {
        this.contributions = contributions;
    }

    @Override
    public List<MenuEntry> menu() {
        return menuOf(contributions.visibleViews());
    }

    static List<MenuEntry> menuOf(List<ViewContribution<?>> views) {
        List<MenuEntry> entries = new ArrayList<>();
        for (ViewContribution<?> view : views) {
            // a route with a required parameter cannot be opened from a menu; optional ones are left out
            boolean inMenu = view.menuGroup() != null && !view.menuGroup().isEmpty()
                    && !withoutParameters(view.route()).contains(":") && onlyOptionalParameters(view.route());
            if (inMenu) {
                entries.add(new MenuEntry(view.menuGroup(), view.titleKey(), withoutParameters(view.route()), view.icon(), view.order()));
            }
        }
        return entries;
    }

    @Override
    public boolean hasRoute(String route) {
        return ActiveServices.stream().anyMatch(service ->
                ApplicationRouteRegistry.getInstance(service.getContext()).getNavigationTarget(route).isPresent());
    }

    static boolean onlyOptionalParameters(String route) {
        for (String segment : route.split("/")) {
            if (segment.startsWith(":") && !segment.endsWith("?")) {
                return false;
            }
        }
        return true;
    }

    /** The menu opens a route without its (optional) parameters: {@code sales/leads/:id?} -> {@code sales/leads}. */
    static String withoutParameters(String route) {
        int parameter = route.indexOf("/:");
        return parameter < 0 ? route : route.substring(0, parameter);
    }
}
