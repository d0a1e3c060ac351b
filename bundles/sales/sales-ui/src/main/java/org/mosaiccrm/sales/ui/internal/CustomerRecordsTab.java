package org.mosaiccrm.sales.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** The records of the customer, in the user's scope. */
    protected abstract List<T> records(long customerId);

    /** The record's page, e.g. {@code sales/quotes/12}. */
    protected abstract String route(T record);

    /** Adds the grid's columns; {@code page} translates. */
    protected abstract void columns(Grid<T> grid, Component page);

    /** Base of the ids: {@code customer-<name>} for the panel, {@code customer-<name>-grid} for the grid. */
    protected abstract String idName();

    @Override
    public Component createTab(long customerId) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("customer-" + idName());
        panel.setPadding(false);
        List<T> records = records(customerId);
        if (records.isEmpty()) {
            panel.add(new Span(panel.getTranslation("sales.tab.none")));
            return panel;
        }
        Grid<T> grid = new Grid<>();
        grid.setId("customer-" + idName() + "-grid");
        columns(grid, panel);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        Function<T, String> routes = this::route;
        Consumer<T> open = record -> UI.getCurrent().navigate(routes.apply(record));
        grid.addItemClickListener(event -> open.accept(event.getItem()));
        panel.add(grid);
        return panel;
    }
}
