package org.mosaiccrm.sales.ui.internal;

import java.util.List;

import org.mosaiccrm.platform.ui.CustomerTabContribution;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A customer-360 tab listing one kind of the customer's sales records (leads, quotes, orders); a
 * click opens the record's own page.
 */
public abstract class CustomerRecordsTab<T> implements CustomerTabContribution {

    private final String name;
    private final int order;
    private final String permission;

    /**
     * @param name       the kind of record, e.g. {@code quotes}: tab id {@code sales.<name>} (also its title
     *                   key), element ids {@code customer-<name>} and {@code customer-<name>-grid}
     * @param order      position among the customer's tabs
     * @param permission the read permission the tab needs
     */
    protected CustomerRecordsTab(String name, int order, String permission) {
        this.name = name;
        this.order = order;
        this.permission = permission;
    }

    @Override
    public String id() {
        return "sales." + name;
    }

    @Override
    public String titleKey() {
        return "sales." + name;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String requiredPermission() {
        return permission;
    }

    /** The records of the customer, in the user's scope. */
    protected abstract List<T> records(long customerId);

    /** The record's page, e.g. {@code sales/quotes/12}. */
    protected abstract String route(T record);

    /** Adds the grid's columns; {@code page} translates. */
    protected abstract void columns(Grid<T> grid, Component page);

    @Override
    public Component createTab(long customerId) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("customer-" + name);
        panel.setPadding(false);
        List<T> records = records(customerId);
        if (records.isEmpty()) {
            panel.add(new Span(panel.getTranslation("sales.tab.none")));
            return panel;
        }
        Grid<T> grid = new Grid<>();
        grid.setId("customer-" + name + "-grid");
        columns(grid, panel);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(event -> UI.getCurrent().navigate(route(event.getItem())));
        panel.add(grid);
        return panel;
    }
}
