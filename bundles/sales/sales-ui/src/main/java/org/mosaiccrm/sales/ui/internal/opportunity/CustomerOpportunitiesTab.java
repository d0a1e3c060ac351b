package org.mosaiccrm.sales.ui.internal.opportunity;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.ui.internal.StageLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The customer's opportunities on the customer 360 page, with "new opportunity" for this customer. */
@Component(service = CustomerTabContribution.class)
public class CustomerOpportunitiesTab implements CustomerTabContribution {

    private final OpportunityUi ui;

    @Activate
    public CustomerOpportunitiesTab(@Reference OpportunityService opportunities, @Reference QuoteService quotes,
            @Reference CustomerService customers, @Reference AccessPolicy policy, @Reference WonActions wonActions) {
        this.ui = new OpportunityUi(opportunities, quotes, customers, policy, wonActions);
    }

    @Override
    public String id() {
        return "sales.opportunities";
    }

    @Override
    public String titleKey() {
        return "sales.opportunities";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String requiredPermission() {
        return OpportunityService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createTab(long customerId) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("customer-opportunities");
        panel.setPadding(false);
        Grid<Opportunity> grid = new Grid<>();
        grid.setId("customer-opportunities-grid");
        grid.addColumn(Opportunity::name).setHeader(panel.getTranslation("sales.field.name")).setFlexGrow(2);
        StageLabels stages = new StageLabels(panel, ui.opportunities().stages());
        grid.addColumn(o -> stages.of(o.stageCode())).setHeader(panel.getTranslation("sales.field.stage"));
        grid.addColumn(o -> panel.getTranslation("sales.status." + o.status().name())).setHeader(panel.getTranslation("sales.field.status"));
        grid.addColumn(o -> Money.format(o.amount(), o.currency(), Money.locale())).setHeader(panel.getTranslation("sales.field.amount"));
        grid.setAllRowsVisible(true);
        Runnable refresh = () -> grid.setItems(ui.opportunities().forCustomer(customerId));
        grid.addItemClickListener(event -> new OpportunityDetails(ui, event.getItem(),
                ui.wonActions().applicable(event.getItem(), ui.policy()::isPermitted), refresh).open());
        if (ui.policy().isPermitted(OpportunityService.PERMISSION_CREATE)) {
            Button add = new Button(panel.getTranslation("sales.new"), event -> ui.customers().find(customerId)
                    .ifPresent(customer -> new OpportunityForm(ui, customer, saved -> refresh.run()).open()));
            add.setId("customer-opportunity-new");
            panel.add(add);
        }
        panel.add(grid);
        refresh.run();
        return panel;
    }
}
