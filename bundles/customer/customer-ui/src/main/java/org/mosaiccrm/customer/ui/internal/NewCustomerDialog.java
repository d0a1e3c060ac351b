package org.mosaiccrm.customer.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerInputException;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** Enters a new customer; the service validates, the dialog marks the field it names. */
class NewCustomerDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextField name = new TextField();
    private final RadioButtonGroup<CustomerType> type = new RadioButtonGroup<>();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField city = new TextField();

    NewCustomerDialog(CustomerService customers, Consumer<Customer> onCreated) {
        setHeaderTitle(getTranslation("customer.new"));
        name.setLabel(getTranslation("customer.field.name"));
        name.setId("customer-name");
        name.setMaxLength(CustomerService.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("customer.field.type"));
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(t -> getTranslation("customer.type." + t.name()));
        type.setValue(CustomerType.COMPANY);
        email.setLabel(getTranslation("customer.field.email"));
        email.setId("customer-email");
        phone.setLabel(getTranslation("customer.field.phone"));
        phone.setId("customer-phone");
        city.setLabel(getTranslation("customer.field.city"));
        city.setId("customer-city");
        add(new FormLayout(name, type, email, phone, city));

        Button save = new Button(getTranslation("customer.save"), event -> save(customers, onCreated));
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("customer.cancel"), event -> close()), save);
    }

    private void save(CustomerService customers, Consumer<Customer> onCreated) {
        Map<String, HasValidation> fields = Map.of("name", name, "email", email, "phone", phone, "city", city);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            Customer created = customers.create(new NewCustomer(name.getValue(), type.getValue(), email.getValue(),
                    phone.getValue(), city.getValue()));
            close();
            Notification.show(getTranslation("customer.created", created.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onCreated.accept(created);
        } catch (CustomerInputException e) {
            HasValidation field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.getMessage()));
                field.setInvalid(true);
            } else {
                Notification.show(getTranslation(e.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
