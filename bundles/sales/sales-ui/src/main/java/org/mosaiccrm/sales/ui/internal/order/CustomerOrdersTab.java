package org.mosaiccrm.sales.ui.internal.order;

import java.util.List;

import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.ui.internal.CustomerRecordsTab;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.grid.Grid;

/** The customer's sales orders on the customer 360 page. */
@Component(service = org.mosaiccrm.platform.ui.CustomerTabContribution.class)
public class CustomerOrdersTab extends CustomerRecordsTab<SalesOrder> {

    private final OrderService orders;

    @Activate
    public CustomerOrdersTab(@Reference OrderService orders) {
        super("orders", 30, OrderService.PERMISSION_READ);
        this.orders = orders;
    }

    @Override
    protected List<SalesOrder> records(long customerId) {
        return orders.forCustomer(customerId);
    }

    @Override
    protected String route(SalesOrder order) {
        return OrdersContribution.ROUTE + "/" + order.id();
    }

    @Override
    protected void columns(Grid<SalesOrder> grid, com.vaadin.flow.component.Component page) {
        grid.addColumn(SalesOrder::number).setHeader(page.getTranslation("sales.order.number"));
        grid.addColumn(o -> page.getTranslation("sales.order.status." + o.status().name())).setHeader(page.getTranslation("sales.field.status"));
        grid.addColumn(o -> Money.format(o.total(), o.currency(), Money.locale())).setHeader(page.getTranslation("sales.quote.total"));
        grid.addColumn(o -> OrdersView.DAY.format(o.createdAt())).setHeader(page.getTranslation("sales.order.created"));
    }
}
