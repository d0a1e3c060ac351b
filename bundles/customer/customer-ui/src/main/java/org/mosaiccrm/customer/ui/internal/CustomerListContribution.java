package org.mosaiccrm.customer.ui.internal;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code customers}: the list. */
@Component(service = ViewContribution.class)
public class CustomerListContribution implements ViewContribution<CustomersView> {

    private final CustomerService customers;
    private final CustomerCsv csv;
    private final AccessPolicy policy;

    @Activate
    public CustomerListContribution(@Reference CustomerService customers, @Reference CustomerCsv csv,
            @Reference AccessPolicy policy) {
        this.customers = customers;
        this.csv = csv;
        this.policy = policy;
    }

    @Override
    public String route() {
        return "customers";
    }

    @Override
    public Class<CustomersView> viewClass() {
        return CustomersView.class;
    }

    @Override
    public CustomersView createView() {
        return new CustomersView(customers, csv, policy);
    }

    @Override
    public String titleKey() {
        return "customer.title";
    }

    @Override
    public String menuGroup() {
        return "customer.menu.group";
    }

    @Override
    public String icon() {
        return "USERS";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String requiredPermission() {
        return "customer.read";
    }
}
