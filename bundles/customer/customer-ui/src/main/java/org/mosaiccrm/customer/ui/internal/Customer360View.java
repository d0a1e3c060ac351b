package org.mosaiccrm.customer.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.ui.AttachmentsPanel;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.CustomerTabs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.Registration;

/**
 * Customer 360 (客户全景): key facts and the tabs installed modules contribute (orders,
 * contracts, tickets, campaigns ...), each built for this customer.
 */
public class Customer360View extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CustomerService customers;
    private final transient ContactService contacts;
    private final transient InteractionService interactions;
    private final transient AccessPolicy policy;
    private final transient CustomerTabs tabs;
    private final transient Attachments attachments;
    private String title = "";
    private TabSheet sheet;
    private Customer shown;
    /** The module tabs on the sheet now, in order, and the tab each has. */
    private final Map<CustomerTabContribution, Tab> moduleTabs = new LinkedHashMap<>();
    private transient Registration tabChanges;

    public Customer360View(CustomerService customers, ContactService contacts, InteractionService interactions,
            AccessPolicy policy, CustomerTabs tabs, Attachments attachments) {
        this.customers = customers;
        this.attachments = attachments;
        this.contacts = contacts;
        this.interactions = interactions;
        this.policy = policy;
        this.tabs = tabs;
        setId("customer-360");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        // a customer outside the user's scope is not found either: nobody learns which numbers exist
        Optional<Customer> customer = event.getRouteParameters().get("id")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).flatMap(customers::find);
        if (customer.isEmpty()) {
            Optional<Long> survivor = event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}"))
                    .map(Long::parseLong).flatMap(customers::mergedInto);
            if (survivor.isPresent()) {
                // a link to a merged customer (bookmark, another module's old reference) leads to the survivor
                Notification.show(getTranslation("customer.merge.redirected"));
                event.forwardTo("customers/" + survivor.get());
                return;
            }
            title = getTranslation("customer.title");
            Paragraph missing = new Paragraph(getTranslation("customer.notFound"));
            missing.setId("customer-missing");
            add(new H2(title), missing);
            return;
        }
        show(customer.get());
    }

    private void show(Customer customer) {
        title = customer.name();
        FormLayout facts = new FormLayout();
        facts.setId("customer-facts");
        fact(facts, "customer.field.type", getTranslation("customer.type." + customer.type().name()));
        fact(facts, "customer.field.stage", getTranslation("customer.stage." + customer.stage().name()));
        fact(facts, "customer.field.grade", customer.grade() == null ? "" : customer.grade().name());
        fact(facts, "customer.field.industry", customer.industry());
        fact(facts, "customer.field.size", customer.size() == null ? "" : getTranslation("customer.size." + customer.size().name()));
        fact(facts, "customer.field.region", customer.region());
        fact(facts, "customer.field.city", customer.city());
        fact(facts, "customer.field.address", customer.address());
        fact(facts, "customer.field.phone", customer.phone());
        fact(facts, "customer.field.email", customer.email());
        for (ContactPoint point : customer.contactPoints()) {
            String kind = getTranslation("contactPoints.kind." + point.kind().name());
            Span text = new Span(point.value());
            text.getStyle().set("white-space", "pre-wrap");
            text.addClassName("customer-contact-point");
            facts.addFormItem(text, point.label().isEmpty() ? kind : kind + " · " + point.label());
        }
        fact(facts, "customer.field.website", customer.website());
        fact(facts, "customer.field.source", customer.source());
        fact(facts, "customer.field.tags", String.join(", ", customer.tags()));
        if (customer.parentId() != null) {
            ReadableCustomer.find(customers, customer.parentId()).ifPresent(parent -> {
                Anchor link = new Anchor("customers/" + parent.id(), parent.name());
                link.setId("customer-parent-link");
                facts.addFormItem(link, getTranslation("customer.field.parent"));
            });
        }
        fact(facts, "customer.field.taxId", customer.taxId());
        fact(facts, "customer.field.notes", customer.notes());
        H2 name = new H2(customer.name());
        name.setId("customer-name-heading");
        HorizontalLayout header = new HorizontalLayout(name);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(name);
        // the service refuses anyway; buttons are offered only to whom it would not refuse
        if (policy.isPermitted(CustomerService.PERMISSION_EDIT)) {
            Button edit = new Button(getTranslation("customer.edit"), VaadinIcon.EDIT.create(), event -> new CustomerDialog(
                    customers, customer, policy.isPermitted(CustomerService.PERMISSION_TAX_ID), this::reload).open());
            edit.setId("customer-edit");
            header.add(edit);
            if (policy.isPermitted(CustomerService.PERMISSION_DELETE)) {
                Button merge = new Button(getTranslation("customer.merge"), VaadinIcon.COMPRESS.create(),
                        event -> new MergeDialog(customers, customer, this::reload).open());
                merge.setId("customer-merge");
                header.add(merge);
            }
        }
        add(header, facts);

        sheet = new TabSheet();
        sheet.setId("customer-tabs");
        sheet.setWidthFull();
        sheet.add(getTranslation("interaction.timeline"), new TimelinePanel(interactions, customer.id()));
        sheet.add(getTranslation("customer.contacts"), new ContactsPanel(contacts, customer.id(),
                policy.isPermitted(CustomerService.PERMISSION_EDIT)));
        sheet.add(getTranslation("customer.attachments"), new AttachmentsPanel(attachments, CustomerService.ATTACHMENT_TYPE,
                customer.id()));
        shown = customer;
        moduleTabs.clear();
        showModuleTabs();
        add(sheet);
    }

    /**
     * Puts the installed modules' tabs on the sheet after the core's own. Called again when modules
     * come or go: the tabs that stay keep their content (and what the user typed there), a gone
     * module's tab is dropped at once (its classes must not stay referenced), a new one is added.
     */
    private void showModuleTabs() {
        List<CustomerTabContribution> visible = tabs.visibleTabs();
        if (List.copyOf(moduleTabs.keySet()).equals(visible)) {
            return;
        }
        Tab selected = sheet.getSelectedTab();
        Map<CustomerTabContribution, Tab> kept = new LinkedHashMap<>();
        moduleTabs.forEach((tab, onSheet) -> {
            if (visible.contains(tab)) {
                kept.put(tab, onSheet);
            } else {
                sheet.remove(onSheet);
            }
        });
        moduleTabs.clear();
        for (CustomerTabContribution tab : visible) {
            Tab onSheet = kept.get(tab);
            if (onSheet == null) {
                Component content;
                try {
                    content = tab.createTab(shown.id());
                } catch (RuntimeException e) {
                    content = new Paragraph(getTranslation("home.widget.failed"));
                }
                onSheet = sheet.add(getTranslation(tab.titleKey()), content);
            }
            moduleTabs.put(tab, onSheet);
        }
        if (selected != null && sheet.getIndexOf(selected) >= 0) {
            sheet.setSelectedTab(selected);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        tabChanges = tabs.onChange(event.getUI(), () -> {
            if (sheet != null && shown != null) {
                showModuleTabs();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (tabChanges != null) {
            tabChanges.remove();
            tabChanges = null;
        }
        super.onDetach(event);
    }

    private void reload(Customer customer) {
        removeAll();
        show(customer);
    }

    /** Shows a fact only when it is known: an empty row says nothing. */
    private void fact(FormLayout facts, String labelKey, String value) {
        if (value != null && !value.isEmpty()) {
            Span text = new Span(value);
            text.getStyle().set("white-space", "pre-wrap");
            facts.addFormItem(text, getTranslation(labelKey));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
