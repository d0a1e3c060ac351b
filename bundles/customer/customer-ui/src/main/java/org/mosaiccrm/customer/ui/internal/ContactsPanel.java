package org.mosaiccrm.customer.ui.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A company's contacts (联系人) with their part in the buying decision; add one, or open one to
 * change it, in a dialog.
 */
class ContactsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ContactService contacts;
    private final long customerId;
    private final Grid<Contact> grid = new Grid<>();

    ContactsPanel(ContactService contacts, long customerId, boolean mayEdit) {
        this.contacts = contacts;
        this.customerId = customerId;
        setId("customer-contacts");
        setPadding(false);
        Button add = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.setId("contact-new");
        add.setVisible(mayEdit);
        grid.setId("contacts-grid");
        grid.addColumn(Contact::name).setHeader(getTranslation("contact.name")).setFlexGrow(2);
        grid.addColumn(Contact::title).setHeader(getTranslation("contact.title"));
        grid.addColumn(c -> c.role() == null ? "" : getTranslation("contact.role." + c.role().name()))
                .setHeader(getTranslation("contact.role"));
        grid.addColumn(Contact::mobile).setHeader(getTranslation("contact.mobile"));
        grid.addColumn(Contact::phone).setHeader(getTranslation("contact.phone"));
        grid.addColumn(Contact::email).setHeader(getTranslation("contact.email")).setFlexGrow(2);
        grid.addColumn(c -> c.preferredChannel() == null ? "" : getTranslation("contact.channel." + c.preferredChannel().name()))
                .setHeader(getTranslation("contact.channel"));
        grid.addColumn(c -> c.contactPoints().stream().map(p -> p.label().isEmpty() ? p.value() : p.label() + ": " + p.value())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("contactPoints.short")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        if (mayEdit) {
            grid.addItemClickListener(event -> openDialog(event.getItem()));
        }
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(q -> contacts.ofCustomer(customerId, q.getOffset(), q.getLimit()).stream());
    }

    /** @param editing the contact to change, or null for a new one */
    private void openDialog(Contact editing) {
        Dialog dialog = new Dialog();
        dialog.setId("contact-dialog");
        dialog.setWidth("min(48em, 95vw)");
        dialog.setHeaderTitle(editing == null ? getTranslation("contact.new") : editing.name());
        TextField name = field("contact-name", "contact.name");
        name.setRequiredIndicatorVisible(true);
        TextField title = field("contact-title", "contact.title");
        Select<BuyingRole> role = new Select<>();
        role.setLabel(getTranslation("contact.role"));
        role.setItems(BuyingRole.values());
        role.setEmptySelectionAllowed(true);
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("contact.role." + r.name()));
        TextField mobile = field("contact-mobile", "contact.mobile");
        TextField phone = field("contact-phone", "contact.phone");
        TextField email = field("contact-email", "contact.email");
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("contact.channel"));
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation("contact.channel." + c.name()));
        ContactPointsField points = new ContactPointsField("contact-contactPoints");
        points.setLabel(getTranslation("customer.field.contactPoints"));
        FormLayout form = new FormLayout(name, title, role, channel, mobile, phone, email);
        form.add(points, 2);
        dialog.add(form);
        if (editing != null) {
            name.setValue(editing.name());
            title.setValue(editing.title());
            role.setValue(editing.role());
            channel.setValue(editing.preferredChannel());
            mobile.setValue(editing.mobile());
            phone.setValue(editing.phone());
            email.setValue(editing.email());
            points.setValue(editing.contactPoints());
        }
        Map<String, HasValidation> fields = Map.of("name", name, "title", title, "mobile", mobile, "phone", phone,
                "email", email, "contactPoints", points);
        Button save = new Button(getTranslation("customer.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                NewContact input = new NewContact(customerId, name.getValue(), title.getValue(), role.getValue(),
                        phone.getValue(), mobile.getValue(), email.getValue(), points.getValue(), channel.getValue(),
                        editing == null ? "" : editing.notes());
                Contact saved = editing == null ? contacts.create(input)
                        : contacts.update(editing.id(), input, editing.version());
                dialog.close();
                Notification.show(getTranslation(editing == null ? "contact.created" : "contact.updated", saved.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, fields);
            } catch (RuntimeException failed) {
                // changed meanwhile, gone, or not allowed: say so in words, keep the input
                Notification.show(getTranslation(ServiceErrors.messageKey(failed))).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("customer.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
