package org.mosaiccrm.platform.security.ui.internal;

import java.util.function.Supplier;

import org.mosaiccrm.platform.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** The common part of this bundle's view contributions: all sit in the administration menu group. */
abstract class AdminViewContribution<V extends Component> implements ViewContribution<V> {

    private final String route;
    private final Class<V> viewClass;
    private final Supplier<V> factory;
    private final String titleKey;
    private final String permission;
    private final String icon;
    private final int order;

    AdminViewContribution(String route, Class<V> viewClass, Supplier<V> factory, String titleKey, String permission,
            String icon, int order) {
        this.route = route;
        this.viewClass = viewClass;
        this.factory = factory;
        this.titleKey = titleKey;
        this.permission = permission;
        this.icon = icon;
        this.order = order;
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public Class<V> viewClass() {
        return viewClass;
    }

    @Override
    public V createView() {
        return factory.get();
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public String requiredPermission() {
        return permission;
    }

    @Override
    public String menuGroup() {
        return "menu.group.security";
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public int order() {
        return order;
    }
}
