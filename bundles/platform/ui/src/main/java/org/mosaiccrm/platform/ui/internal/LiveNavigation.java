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
            boolean inMenu = view.menuGroup() != null && !view.menuGroup().isEmpty() && !view.route().contains(":");
            if (inMenu) {
                entries.add(new MenuEntry(view.menuGroup(), view.titleKey(), view.route(), view.icon(), view.order()));
            }
        }
        return entries;
    }

    @Override
    public boolean hasRoute(String route) {
        return ActiveServices.stream().anyMatch(service ->
                ApplicationRouteRegistry.getInstance(service.getContext()).getNavigationTarget(route).isPresent());
    }
}
