package com.example.loyalty.internal;

import java.util.HashMap;
import java.util.Map;

import com.example.loyalty.LedgerEntry;
import com.example.loyalty.LedgerService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The module's page: the newest entries across the customers the user may see. */
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public LedgerView(LedgerService ledger, CustomerService customers) {
        setId("loyalty-view");
        setSizeFull();
        Map<Long, String> names = new HashMap<>();
        Grid<LedgerEntry> grid = new Grid<>();
        grid.setId("loyalty-recent");
        grid.addColumn(entry -> LedgerPanel.TIME.format(entry.createdAt())).setHeader(getTranslation("loyalty.column.when")).setAutoWidth(true);
        grid.addColumn(entry -> names.computeIfAbsent(entry.customerId(),
                id -> customers.find(id).map(Customer::name).orElse("#" + id)))
                .setHeader(getTranslation("loyalty.column.customer")).setFlexGrow(1);
        grid.addColumn(LedgerEntry::amount).setHeader(getTranslation("loyalty.column.amount")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::reason).setHeader(getTranslation("loyalty.column.reason")).setFlexGrow(2);
        grid.addColumn(LedgerEntry::createdBy).setHeader(getTranslation("loyalty.column.by")).setAutoWidth(true);
        grid.setItems(ledger.recent(200));
        add(new H2(getTranslation("loyalty.title")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("loyalty.title");
    }
}
