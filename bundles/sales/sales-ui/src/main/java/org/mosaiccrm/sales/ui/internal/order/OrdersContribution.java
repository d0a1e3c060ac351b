package org.mosaiccrm.sales.ui.internal.order;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.QuoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The sales orders page (sales/orders; sales/orders/<id> opens one). */
@Component(service = ViewContribution.class)
public class OrdersContribution implements ViewContribution<OrdersView> {

    public static final String ROUTE = "sales/orders";

    private final OrderService orders;
    private final QuoteService quotes;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final OrderActions actions;

    @Activate
    public OrdersContribution(@Reference OrderService orders, @Reference QuoteService quotes, @Reference CustomerService customers,
            @Reference AccessPolicy policy, @Reference OrderActions actions) {
        this.actions = actions;
        this.orders = orders;
        this.quotes = quotes;
        this.customers = customers;
        this.policy = policy;
    }

    @Override
    public String route() {
        return ROUTE + "/:id?";
    }

    @Override
    public Class<OrdersView> viewClass() {
        return OrdersView.class;
    }

    @Override
    public OrdersView createView() {
        return new OrdersView(orders, quotes, customers, policy.isPermitted(OrderService.PERMISSION_EDIT),
                (order, quote) -> actions.applicable(order, quote, policy::isPermitted));
    }

    @Override
    public String titleKey() {
        return "sales.orders";
    }

    @Override
    public String requiredPermission() {
        return OrderService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "sales.menu.group";
    }

    @Override
    public String icon() {
        return "CART";
    }

    /** Menu position in the sales group: leads, opportunities, quotes, orders, price list. */
    @Override
    public int order() {
        return 40;
    }
}
