package org.mosaiccrm.sales.ui.internal;

import java.util.List;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.SalesInputException;
import org.mosaiccrm.sales.Stage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** The new-opportunity dialog; with a customer given (from the customer page) it is fixed. */
class OpportunityForm extends Dialog {

    private static final long serialVersionUID = 1L;

    OpportunityForm(OpportunityService opportunities, CustomerService customers, Customer fixedCustomer,
            java.util.function.Consumer<Opportunity> onSaved) {
        setId("opportunity-dialog");
        setHeaderTitle(getTranslation("sales.new"));
        setWidth("min(40em, 95vw)");
        ComboBox<Customer> customer = new ComboBox<>(getTranslation("sales.field.customer"));
        customer.setId("opportunity-customer");
        customer.setItemLabelGenerator(Customer::name);
        customer.setItems(query -> customers.search(query.getFilter().orElse(""), query.getLimit() + query.getOffset())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        if (fixedCustomer != null) {
            customer.setItems(List.of(fixedCustomer));
            customer.setValue(fixedCustomer);
            customer.setReadOnly(true);
        }
        TextField name = new TextField(getTranslation("sales.field.name"));
        name.setId("opportunity-name");
        name.setMaxLength(200);
        BigDecimalField amount = new BigDecimalField(getTranslation("sales.field.amount"));
        amount.setId("opportunity-amount");
        TextField currency = new TextField(getTranslation("sales.field.currency"), "CNY", "");
        currency.setId("opportunity-currency");
        currency.setMaxLength(3);
        DatePicker close = new DatePicker(getTranslation("sales.field.expectedClose"));
        close.setId("opportunity-close");
        Select<Stage> stage = new Select<>();
        stage.setLabel(getTranslation("sales.field.stage"));
        stage.setId("opportunity-stage");
        List<Stage> stages = opportunities.stages();
        stage.setItems(stages);
        stage.setItemLabelGenerator(s -> getTranslation("sales.stage." + s.code()));
        stage.setValue(stages.get(0));
        TextField competitors = new TextField(getTranslation("sales.field.competitors"));
        competitors.setId("opportunity-competitors");
        TextField nextStep = new TextField(getTranslation("sales.field.nextStep"));
        nextStep.setId("opportunity-next-step");
        FormLayout form = new FormLayout(customer, name, amount, currency, close, stage, competitors, nextStep);
        add(form);
        Button save = new Button(getTranslation("sales.save"), event -> {
            if (customer.getValue() == null) {
                Notification.show(getTranslation("sales.error.customer")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                Opportunity saved = opportunities.create(new NewOpportunity(customer.getValue().id(), name.getValue(),
                        stage.getValue().code(), amount.getValue(), currency.getValue(), close.getValue(),
                        competitors.getValue(), nextStep.getValue()));
                close();
                Notification.show(getTranslation("sales.created", saved.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.accept(saved);
            } catch (SalesInputException refused) {
                Notification.show(getTranslation(refused.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("opportunity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), save);
    }
}
