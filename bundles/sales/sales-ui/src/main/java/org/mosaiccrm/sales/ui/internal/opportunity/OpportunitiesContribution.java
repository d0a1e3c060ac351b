package org.mosaiccrm.sales.ui.internal.opportunity;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.QuoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The pipeline page in the sales menu group. */
@Component(service = ViewContribution.class)
public class OpportunitiesContribution implements ViewContribution<OpportunitiesView> {

    private final OpportunityUi ui;

    @Activate
    public OpportunitiesContribution(@Reference OpportunityService opportunities, @Reference QuoteService quotes,
            @Reference CustomerService customers, @Reference AccessPolicy policy, @Reference WonActions wonActions) {
        this.ui = new OpportunityUi(opportunities, quotes, customers, policy, wonActions);
    }

    @Override
    public String route() {
        return "sales/opportunities";
    }

    @Override
    public Class<OpportunitiesView> viewClass() {
        return OpportunitiesView.class;
    }

    @Override
    public OpportunitiesView createView() {
        return new OpportunitiesView(ui);
    }

    @Override
    public String titleKey() {
        return "sales.opportunities";
    }

    @Override
    public String requiredPermission() {
        return OpportunityService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "sales.menu.group";
    }

    @Override
    public String icon() {
        return "TRENDING_UP";
    }

    /** Menu position in the sales group: leads, opportunities, quotes, orders, price list. */
    @Override
    public int order() {
        return 20;
    }
}
