package org.mosaiccrm.customer.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.customer.Category;
import org.mosaiccrm.customer.CompanySize;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewCustomer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Enters a new customer or changes one, with every field of the profile. Before saving it asks
 * the service for look-alikes and shows them; saving again saves anyway. The service validates;
 * the dialog marks the field it names.
 */
class CustomerDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CustomerService customers;
    private final transient Customer editing;
    private final transient Consumer<Customer> onSaved;
    private final boolean taxIdAllowed;

    private final TextField name = new TextField();
    private final RadioButtonGroup<CustomerType> type = new RadioButtonGroup<>();
    private final Select<LifecycleStage> stage = new Select<>();
    private final Select<Grade> grade = new Select<>();
    private final ComboBox<String> industry = new ComboBox<>();
    private final Select<CompanySize> size = new Select<>();
    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField city = new TextField();
    private final TextArea address = new TextArea();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final ContactPointsField contactPoints = new ContactPointsField("customer-contactPoints");
    private final TextField website = new TextField();
    private final TextField taxId = new TextField();
    private final ComboBox<Customer> parent = new ComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final TextArea notes = new TextArea();
    private final Div duplicates = new Div();
    private final Button save = new Button();
    private transient List<DuplicateMatch> shownDuplicates = List.of();
    private boolean keepHiddenParent;

    /** @param editing the customer to change, or null for a new one */
    CustomerDialog(CustomerService customers, Customer editing, boolean taxIdAllowed, Consumer<Customer> onSaved) {
        this.customers = customers;
        this.editing = editing;
        this.onSaved = onSaved;
        this.taxIdAllowed = taxIdAllowed;
        setId("customer-dialog");
        setHeaderTitle(editing == null ? getTranslation("customer.new") : getTranslation("customer.edit.title", editing.name()));
        setWidth("min(60em, 95vw)");
        build();
        if (editing != null) {
            fill(editing);
        }
        duplicates.setId("customer-duplicates");
        duplicates.setVisible(false);
        // above the form: the user must see it without scrolling
        duplicates.getStyle().set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin-bottom", "var(--lumo-space-m)");
        addComponentAsFirst(duplicates);
        save.setText(getTranslation("customer.save"));
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        Button cancel = new Button(getTranslation("customer.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    private void build() {
        LengthLimit.apply(name, CustomerService.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(t -> getTranslation("customer.type." + t.name()));
        type.setValue(CustomerType.COMPANY);
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("customer.stage." + s.name()));
        stage.setValue(LifecycleStage.LEAD);
        grade.setItems(Grade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setItemLabelGenerator(g -> g == null ? "" : g.name());
        size.setItems(CompanySize.values());
        size.setEmptySelectionAllowed(true);
        size.setItemLabelGenerator(s -> s == null ? "" : getTranslation("customer.size." + s.name()));
        suggested(industry, Category.INDUSTRY);
        suggested(source, Category.SOURCE);
        suggested(region, Category.REGION);
        parent.setItems(query -> customers.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().filter(c -> c.type() == CustomerType.COMPANY && (editing == null || c.id() != editing.id()))
                .skip(query.getOffset()).limit(query.getLimit()));
        parent.setItemLabelGenerator(Customer::name);
        parent.setClearButtonVisible(true);
        tags.setItems(customers.suggestions(Category.TAG, 200));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> {
            Set<String> chosen = new LinkedHashSet<>(tags.getValue());
            String tag = event.getDetail().strip();
            if (!tag.isEmpty()) {
                Set<String> items = new LinkedHashSet<>(customers.suggestions(Category.TAG, 200));
                items.addAll(chosen);
                items.add(tag);
                tags.setItems(items);
                chosen.add(tag);
                tags.setValue(chosen);
            }
        });
        LengthLimit.apply(address, 400);
        LengthLimit.apply(notes, CustomerService.MAX_NOTES);
        taxId.setVisible(taxIdAllowed);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        field(form, name, "name", 2);
        field(form, type, "type", 1);
        field(form, stage, "stage", 1);
        field(form, industry, "industry", 1);
        field(form, size, "size", 1);
        field(form, grade, "grade", 1);
        field(form, source, "source", 1);
        field(form, email, "email", 1);
        field(form, phone, "phone", 1);
        field(form, region, "region", 1);
        field(form, city, "city", 1);
        field(form, address, "address", 2);
        field(form, contactPoints, "contactPoints", 2);
        field(form, website, "website", 1);
        field(form, taxId, "taxId", 1);
        field(form, parent, "parent", 1);
        field(form, tags, "tags", 1);
        field(form, notes, "notes", 2);
        add(form);
    }

    private <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> void field(
            FormLayout form, C component, String id, int colspan) {
        component.setLabel(getTranslation("customer.field." + id));
        component.setId("customer-" + id);
        form.add(component, colspan);
    }

    private void suggested(ComboBox<String> box, Category category) {
        box.setItems(customers.suggestions(category, 200));
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(event -> {
            String value = event.getDetail().strip();
            Set<String> items = new LinkedHashSet<>(customers.suggestions(category, 200));
            items.add(value);
            box.setItems(items);
            box.setValue(value);
        });
        box.setClearButtonVisible(true);
    }

    private void fill(Customer customer) {
        name.setValue(customer.name());
        type.setValue(customer.type());
        stage.setValue(customer.stage());
        grade.setValue(customer.grade());
        size.setValue(customer.size());
        choose(industry, customer.industry());
        choose(source, customer.source());
        choose(region, customer.region());
        city.setValue(customer.city());
        address.setValue(customer.address());
        email.setValue(customer.email());
        phone.setValue(customer.phone());
        contactPoints.setValue(customer.contactPoints());
        website.setValue(customer.website());
        taxId.setValue(customer.taxId());
        notes.setValue(customer.notes());
        Set<String> items = new LinkedHashSet<>(customers.suggestions(Category.TAG, 200));
        items.addAll(customer.tags());
        tags.setItems(items);
        tags.setValue(customer.tags());
        if (customer.parentId() != null) {
            ReadableCustomer.find(customers, customer.parentId()).ifPresentOrElse(parent::setValue,
                    // a parent outside the user's scope stays as it is: input() keeps editing.parentId()
                    () -> keepHiddenParent = true);
        }
    }

    private static void choose(ComboBox<String> box, String value) {
        if (value != null && !value.isEmpty()) {
            Set<String> items = new LinkedHashSet<>(box.getListDataView().getItems().toList());
            items.add(value);
            box.setItems(items);
            box.setValue(value);
        }
    }

    private NewCustomer input() {
        return new NewCustomer(name.getValue(), type.getValue(), industry.getValue(), size.getValue(), source.getValue(),
                stage.getValue(), grade.getValue(), region.getValue(), city.getValue(), address.getValue(),
                email.getValue(), phone.getValue(), contactPoints.getValue(), website.getValue(), taxIdAllowed ? taxId.getValue() : null,
                parent.getValue() != null ? Long.valueOf(parent.getValue().id()) : keepHiddenParent ? editing.parentId() : null,
                notes.getValue(), tags.getValue(),
                editing == null ? null : editing.ownerId());
    }

    private void save() {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("name", name), Map.entry("email", email),
                Map.entry("phone", phone), Map.entry("city", city), Map.entry("industry", industry),
                Map.entry("source", source), Map.entry("region", region), Map.entry("address", address),
                Map.entry("website", website), Map.entry("taxId", taxId), Map.entry("parentId", parent),
                Map.entry("tags", tags), Map.entry("notes", notes), Map.entry("contactPoints", contactPoints));
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            NewCustomer input = input();
            // an edit that keeps name, email and phone creates no new look-alike: no question to ask
            boolean keysChanged = editing == null || !editing.name().equals(input.name().strip())
                    || !editing.email().equalsIgnoreCase(input.email().strip()) || !editing.phone().equals(input.phone().strip())
                    || !editing.contactPoints().equals(input.contactPoints());
            List<DuplicateMatch> found = keysChanged ? newLookAlikes(input) : List.of();
            if (!found.isEmpty() && !found.equals(shownDuplicates)) {
                showDuplicates(found);
                return;
            }
            Customer saved = editing == null ? customers.create(input)
                    : customers.update(editing.id(), input, editing.version());
            close();
            Notification.show(getTranslation(editing == null ? "customer.created" : "customer.updated", saved.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved);
        } catch (InputRefusedException e) {
            InputRefusals.show(e, fields);
        } catch (RuntimeException e) {
            // changed meanwhile, gone, or not allowed: say so in words, keep the input
            Notification.show(getTranslation(ServiceErrors.messageKey(e))).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Look-alikes of the input; for an edit only those the change brings (not the ones it already had). */
    private List<DuplicateMatch> newLookAlikes(NewCustomer input) {
        if (editing == null) {
            return customers.duplicates(input, null, 5);
        }
        Set<Long> before = customers.duplicates(NewCustomer.of(editing), editing.id(), 50).stream()
                .map(DuplicateMatch::customerId).collect(Collectors.toSet());
        return customers.duplicates(input, editing.id(), 50).stream().filter(match -> !before.contains(match.customerId()))
                .limit(5).toList();
    }

    private void showDuplicates(List<DuplicateMatch> found) {
        shownDuplicates = found;
        duplicates.removeAll();
        duplicates.add(new Span(getTranslation("customer.duplicates.found")));
        for (DuplicateMatch match : found) {
            String why = match.reasons().stream().sorted().map(r -> getTranslation("customer.duplicates.reason." + r.name()))
                    .collect(Collectors.joining(", "));
            Div line = new Div();
            line.addClassName("customer-duplicate");
            if (match.visible()) {
                Anchor link = new Anchor("customers/" + match.customerId(), match.name());
                link.setTarget("_blank");
                line.add(link, new Span(" — " + why));
            } else {
                line.add(new Span(getTranslation("customer.duplicates.hidden") + " — " + why));
            }
            duplicates.add(line);
        }
        duplicates.setVisible(true);
        duplicates.scrollIntoView();
        save.setText(getTranslation("customer.saveAnyway"));
    }
}
