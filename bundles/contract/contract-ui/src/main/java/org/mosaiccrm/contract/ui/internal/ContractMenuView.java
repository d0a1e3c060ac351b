package org.mosaiccrm.contract.ui.internal;

import java.util.function.Function;

import org.mosaiccrm.platform.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * A page of the contracts menu: what sets one apart (its address, title, permission, icon and place)
 * given once, and its view made with the module's services for the user who opens it.
 */
abstract class ContractMenuView<V extends Component> implements ViewContribution<V> {

    /** What sets a page of the contracts menu apart. */
    record Entry<V>(String route, Class<V> viewClass, Function<ContractUi, V> view, String titleKey, String permission,
            String icon, int order) {
    }

    private final ContractUiServices services;
    private final Entry<V> entry;

    ContractMenuView(ContractUiServices services, Entry<V> entry) {
        this.services = services;
        this.entry = entry;
    }

    @Override
    public String route() {
        return entry.route();
    }

    @Override
    public Class<V> viewClass() {
        return entry.viewClass();
    }

    @Override
    public V createView() {
        return entry.view().apply(new ContractUi(services));
    }

    @Override
    public String titleKey() {
        return entry.titleKey();
    }

    @Override
    public String requiredPermission() {
        return entry.permission();
    }

    @Override
    public String menuGroup() {
        return "contract.menu.group";
    }

    @Override
    public String icon() {
        return entry.icon();
    }

    @Override
    public int order() {
        return entry.order();
    }
}
