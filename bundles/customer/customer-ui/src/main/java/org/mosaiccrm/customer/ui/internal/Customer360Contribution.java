package org.mosaiccrm.customer.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.Contribution;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code customers/:id}: customer 360 with the tabs installed modules contribute. */
@Component(service = ViewContribution.class)
public class Customer360Contribution implements ViewContribution<Customer360View> {

    private final CustomerService customers;
    private final List<CustomerTabContribution> tabs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccessPolicy accessPolicy;

    @Activate
    public Customer360Contribution(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTab(CustomerTabContribution tab) {
        tabs.add(tab);
    }

    void removeTab(CustomerTabContribution tab) {
        tabs.remove(tab);
    }

    List<CustomerTabContribution> visibleTabs() {
        AccessPolicy policy = accessPolicy;
        return tabs.stream()
                .filter(tab -> policy == null || tab.requiredPermission().isEmpty() || policy.isPermitted(tab.requiredPermission()))
                .sorted(Comparator.comparingInt(Contribution::order)).toList();
    }

    @Override
    public String route() {
        return "customers/:id";
    }

    @Override
    public Class<Customer360View> viewClass() {
        return Customer360View.class;
    }

    @Override
    public Customer360View createView() {
        return new Customer360View(customers, this::visibleTabs);
    }

    @Override
    public String titleKey() {
        return "customer.title";
    }

    @Override
    public String menuGroup() {
        return "";
    }

    @Override
    public String requiredPermission() {
        return "customer.read";
    }
}
