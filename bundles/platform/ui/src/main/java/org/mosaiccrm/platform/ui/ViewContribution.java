package org.mosaiccrm.platform.ui;

import org.mosaiccrm.platform.Contribution;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * A screen a module adds: the host maps {@link #route()} to {@link #viewClass()} inside the main
 * layout and, when {@link #menuGroup()} is set, adds a menu entry for users who hold
 * {@link #requiredPermission()}. When the service goes away (module stopped or uninstalled) the
 * route and menu entry disappear from every open browser tab.
 *
 * @param <V> the view class
 */
@ConsumerType
public interface ViewContribution<V extends Component> extends Contribution {

    /**
     * Route without leading slash, e.g. {@code customers}; may hold parameters such as {@code
     * customers/:id}. A view with a menu entry may have optional ones ({@code sales/leads/:id?});
     * its menu entry opens the route without them.
     */
    String route();

    /** The view's class; must be a Vaadin component. */
    Class<V> viewClass();

    /**
     * Creates a view for one navigation. This is where the module hands its services to the view
     * (constructor injection) instead of the view looking them up.
     */
    V createView();

    /** i18n key of the menu group, the module's own, e.g. {@code customer.menu.group}; empty for no menu entry. */
    default String menuGroup() {
        return "menu.group.main";
    }

    /** Vaadin icon name for the menu entry, e.g. {@code USERS}. */
    default String icon() {
        return "CIRCLE_THIN";
    }

    /**
     * A count shown beside the menu entry — things waiting for the signed-in user ("My approvals: 3") —
     * or empty for none. Asked with that user as the current subject, when the menu is built and when
     * a notice reaches the user's tab.
     *
     * @since 1.7
     */
    default java.util.OptionalLong menuCount() {
        return java.util.OptionalLong.empty();
    }
}
