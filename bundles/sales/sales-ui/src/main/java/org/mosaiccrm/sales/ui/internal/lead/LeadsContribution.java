package org.mosaiccrm.sales.ui.internal.lead;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.LeadService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The leads page in the sales menu group; {@code sales/leads/<id>} opens one lead (from a reminder or the search). */
@Component(service = ViewContribution.class)
public class LeadsContribution implements ViewContribution<LeadsView> {

    public static final String ROUTE = "sales/leads";


    private final LeadService leads;
    private final UserDirectory users;
    private final AccessPolicy policy;
    private final CustomerService customers;

    @Activate
    public LeadsContribution(@Reference LeadService leads, @Reference UserDirectory users, @Reference AccessPolicy policy,
            @Reference CustomerService customers) {
        this.leads = leads;
        this.users = users;
        this.policy = policy;
        this.customers = customers;
    }

    @Override
    public String route() {
        return ROUTE + "/:id?";
    }

    @Override
    public Class<LeadsView> viewClass() {
        return LeadsView.class;
    }

    @Override
    public LeadsView createView() {
        return new LeadsView(new LeadUi(leads, users), policy, customers);
    }

    @Override
    public String titleKey() {
        return "sales.leads";
    }

    @Override
    public String requiredPermission() {
        return LeadService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "sales.menu.group";
    }

    @Override
    public String icon() {
        return "FUNNEL";
    }

    /** Menu position in the sales group: leads, opportunities, quotes, orders, price list. */
    @Override
    public int order() {
        return 10;
    }
}
