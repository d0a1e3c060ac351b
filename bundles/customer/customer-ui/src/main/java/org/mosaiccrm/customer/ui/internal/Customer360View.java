package org.mosaiccrm.customer.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.ui.CustomerTabContribution;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Customer 360 (客户全景): key facts and the tabs installed modules contribute (orders,
 * contracts, tickets, campaigns ...), each built for this customer.
 */
public class Customer360View extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomerService customers;
    private final transient Supplier<List<CustomerTabContribution>> tabs;
    private String title = "";

    public Customer360View(CustomerService customers, Supplier<List<CustomerTabContribution>> tabs) {
        this.customers = customers;
        this.tabs = tabs;
        setId("customer-360");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Customer> customer;
        try {
            customer = event.getRouteParameters().get("id")
                    .filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).flatMap(customers::find);
        } catch (AccessDeniedException e) {
            // outside the user's record scope: the policy has audited the attempt
            title = getTranslation("customer.title");
            Paragraph denied = new Paragraph(getTranslation("access.denied"));
            denied.setId("customer-denied");
            add(new H2(title), denied);
            return;
        }
        if (customer.isEmpty()) {
            title = getTranslation("customer.title");
            add(new H2(title), new Paragraph(getTranslation("customer.notFound")));
            return;
        }
        show(customer.get());
    }

    private void show(Customer customer) {
        title = customer.name();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(getTranslation("customer.type." + customer.type().name())), getTranslation("customer.field.type"));
        facts.addFormItem(new Span(customer.email()), getTranslation("customer.field.email"));
        facts.addFormItem(new Span(customer.phone()), getTranslation("customer.field.phone"));
        facts.addFormItem(new Span(customer.city()), getTranslation("customer.field.city"));
        if (!customer.taxId().isEmpty()) {
            facts.addFormItem(new Span(customer.taxId()), getTranslation("customer.field.taxId"));
        }
        add(new H2(customer.name()), facts);

        List<CustomerTabContribution> contributed = tabs.get();
        if (contributed.isEmpty()) {
            add(new Paragraph(getTranslation("customer.360.noTabs")));
            return;
        }
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        for (CustomerTabContribution tab : contributed) {
            Component content;
            try {
                content = tab.createTab(customer.id());
            } catch (RuntimeException e) {
                content = new Paragraph(getTranslation("home.widget.failed"));
            }
            sheet.add(getTranslation(tab.titleKey()), content);
        }
        add(sheet);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
