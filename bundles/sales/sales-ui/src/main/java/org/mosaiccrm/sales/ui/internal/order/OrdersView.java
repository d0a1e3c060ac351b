package org.mosaiccrm.sales.ui.internal.order;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.SalesOrder;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** The sales orders in the user's scope, by status; an order opens with its lines and next step. */
public class OrdersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final transient OrderService orders;
    private final transient QuoteService quotes;
    private final transient CustomerService customers;
    private final boolean mayEdit;
    private final transient BiFunction<SalesOrder, Quote, List<ActionContribution>> actions;
    private final Grid<SalesOrder> grid = new Grid<>();
    private final Map<Long, String> customerNames = new HashMap<>();
    private OrderStatus listed;

    /** @param actions the actions of other modules the user may run on an order with its quote */
    public OrdersView(OrderService orders, QuoteService quotes, CustomerService customers, boolean mayEdit,
            BiFunction<SalesOrder, Quote, List<ActionContribution>> actions) {
        this.actions = actions;
        this.orders = orders;
        this.quotes = quotes;
        this.customers = customers;
        this.mayEdit = mayEdit;
        setId("orders-view");
        setSizeFull();
        Map<Tab, OrderStatus> statuses = new LinkedHashMap<>();
        Tab all = new Tab(getTranslation("sales.order.all"));
        all.setId("orders-tab-ALL");
        statuses.put(all, null);
        for (OrderStatus status : OrderStatus.values()) {
            Tab tab = new Tab(getTranslation("sales.order.status." + status.name()));
            tab.setId("orders-tab-" + status.name());
            statuses.put(tab, status);
        }
        Tabs tabs = new Tabs(statuses.keySet().toArray(Tab[]::new));
        tabs.addSelectedChangeListener(event -> {
            listed = statuses.get(event.getSelectedTab());
            refresh();
        });
        grid.setId("orders-grid");
        grid.addColumn(SalesOrder::number).setHeader(getTranslation("sales.order.number")).setAutoWidth(true);
        grid.addColumn(o -> customerName(o.customerId())).setHeader(getTranslation("sales.field.customer")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("sales.order.status." + o.status().name())).setHeader(getTranslation("sales.field.status"))
                .setAutoWidth(true);
        grid.addColumn(o -> Money.format(o.total(), o.currency(), getLocale())).setHeader(getTranslation("sales.quote.total"))
                .setAutoWidth(true);
        grid.addColumn(o -> DAY.format(o.createdAt())).setHeader(getTranslation("sales.order.created")).setAutoWidth(true);
        grid.addItemClickListener(event -> open(event.getItem()));
        add(new H2(getTranslation("sales.orders")), tabs, grid);
        expand(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).ifPresent(id -> {
            Optional<SalesOrder> order = Attempt.of(() -> orders.find(id), "sales.error.order.stale", "sales.error.order.gone");
            if (order != null) {
                order.ifPresent(this::open);
            }
        });
    }

    String customerName(long id) {
        return customerNames.computeIfAbsent(id, key -> {
            try {
                return customers.find(key).map(Customer::name).orElse("#" + key);
            } catch (RuntimeException outOfScope) {
                return "#" + key;
            }
        });
    }

    private void open(SalesOrder order) {
        new OrderDetails(orders, quotes, order, customerName(order.customerId()), mayEdit, actions, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(query -> orders.list(listed, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.orders");
    }
}
