package org.mosaiccrm.customer.ui.internal;

import java.util.Map;

import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.CustomerInputException;
import org.mosaiccrm.customer.NewContact;

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

/** A company's contacts (联系人) with their part in the buying decision; add one in a dialog. */
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
        Button add = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(), e -> openDialog());
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
        grid.setAllRowsVisible(true);
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(q -> contacts.ofCustomer(customerId, q.getOffset(), q.getLimit()).stream());
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("contact.new"));
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
        dialog.add(new FormLayout(name, title, role, channel, mobile, phone, email));
        Map<String, HasValidation> fields = Map.of("name", name, "title", title, "mobile", mobile, "phone", phone,
                "email", email);
        Button save = new Button(getTranslation("customer.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                contacts.create(new NewContact(customerId, name.getValue(), title.getValue(), role.getValue(),
                        phone.getValue(), mobile.getValue(), email.getValue(), channel.getValue(), ""));
                dialog.close();
                Notification.show(getTranslation("contact.created", name.getValue().strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (CustomerInputException refused) {
                HasValidation field = fields.get(refused.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(refused.getMessage()));
                    field.setInvalid(true);
                } else {
                    Notification.show(getTranslation(refused.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
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
