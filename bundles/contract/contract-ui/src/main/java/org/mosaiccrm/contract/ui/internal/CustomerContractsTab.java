package org.mosaiccrm.contract.ui.internal;

import java.util.List;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The customer's contracts on the customer 360 page, with their status and what is collected; a click opens one. */
@Component(service = CustomerTabContribution.class)
public class CustomerContractsTab implements CustomerTabContribution {

    private static final int SHOWN = 200;

    private final ContractService contracts;

    @Activate
    public CustomerContractsTab(@Reference ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String id() {
        return "contract.contracts";
    }

    @Override
    public String titleKey() {
        return "contract.contracts";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createTab(long customerId) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("customer-contracts");
        panel.setPadding(false);
        List<Contract> shown = contracts.forCustomer(customerId, SHOWN);
        if (shown.isEmpty()) {
            panel.add(new Span(panel.getTranslation("contract.none")));
            return panel;
        }
        Grid<Contract> grid = new Grid<>();
        grid.setId("customer-contracts-grid");
        grid.addColumn(Contract::number).setHeader(panel.getTranslation("contract.field.number")).setAutoWidth(true);
        grid.addColumn(Contract::title).setHeader(panel.getTranslation("contract.field.title")).setFlexGrow(2);
        grid.addColumn(c -> panel.getTranslation("contract.status." + c.status().name()))
                .setHeader(panel.getTranslation("contract.field.status")).setAutoWidth(true);
        grid.addColumn(c -> c.amount() == null ? panel.getTranslation("contract.amountHidden")
                : Money.format(c.amount(), c.currency(), Money.locale())).setHeader(panel.getTranslation("contract.field.amount"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.collectedPercent() == null ? "" : c.collectedPercent() + " %")
                .setHeader(panel.getTranslation("contract.field.collected")).setAutoWidth(true);
        grid.setItems(shown);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(event -> UI.getCurrent().navigate(ContractsContribution.ROUTE + "/" + event.getItem().id()));
        panel.add(grid);
        return panel;
    }
}
