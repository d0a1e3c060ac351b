package org.mosaiccrm.customer.ui.internal;

import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.CustomerTabs;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code customers/:id}: customer 360 with the tabs installed modules contribute. */
@Component(service = ViewContribution.class)
public class Customer360Contribution implements ViewContribution<Customer360View> {

    private final CustomerService customers;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final AccessPolicy policy;
    private final CustomerTabs tabs;
    private final Attachments attachments;

    @Activate
    public Customer360Contribution(@Reference CustomerService customers, @Reference ContactService contacts,
            @Reference InteractionService interactions, @Reference AccessPolicy policy, @Reference CustomerTabs tabs,
            @Reference Attachments attachments) {
        this.attachments = attachments;
        this.customers = customers;
        this.contacts = contacts;
        this.interactions = interactions;
        this.policy = policy;
        this.tabs = tabs;
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
        return new Customer360View(customers, contacts, interactions, policy, tabs, attachments);
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
