package org.mosaiccrm.sales.ui.internal;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The customer's opportunities on the customer 360 page, with "new opportunity" for this customer. */
@Component(service = CustomerTabContribution.class)
public class CustomerOpportunitiesTab implements CustomerTabContribution {

    private final OpportunityService opportunities;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final WonActions wonActions;

    @Activate
    public CustomerOpportunitiesTab(@Reference OpportunityService opportunities, @Reference CustomerService customers,
            @Reference AccessPolicy policy, @Reference WonActions wonActions) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.policy = policy;
        this.wonActions = wonActions;
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
        grid.addColumn(o -> panel.getTranslation("sales.stage." + o.stageCode())).setHeader(panel.getTranslation("sales.field.stage"));
        grid.addColumn(o -> panel.getTranslation("sales.status." + o.status().name())).setHeader(panel.getTranslation("sales.field.status"));
        grid.addColumn(o -> Money.format(o.amount(), o.currency(), Money.locale())).setHeader(panel.getTranslation("sales.field.amount"));
        grid.setAllRowsVisible(true);
        Runnable refresh = () -> grid.setItems(opportunities.forCustomer(customerId));
        grid.addItemClickListener(event -> new OpportunityDetails(opportunities, event.getItem(),
                policy.isPermitted(OpportunityService.PERMISSION_EDIT), wonActions.applicable(event.getItem(), policy::isPermitted),
                refresh).open());
        if (policy.isPermitted(OpportunityService.PERMISSION_CREATE)) {
            Button add = new Button(panel.getTranslation("sales.new"), event -> customers.find(customerId)
                    .ifPresent(customer -> new OpportunityForm(opportunities, customers, customer, saved -> refresh.run()).open()));
            add.setId("customer-opportunity-new");
            panel.add(add);
        }
        panel.add(grid);
        refresh.run();
        return panel;
    }
}
