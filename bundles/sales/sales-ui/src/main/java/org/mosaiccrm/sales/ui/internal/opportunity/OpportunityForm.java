package org.mosaiccrm.sales.ui.internal.opportunity;

import java.util.List;
import java.util.function.Consumer;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityEdit;
import org.mosaiccrm.sales.Stage;
import org.mosaiccrm.sales.ui.internal.StageLabels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The opportunity dialog: new (with a customer given, from the customer page, it is fixed) or an
 * open one's facts changed. The stage moves on the board; the probability starts as the stage's.
 */
class OpportunityForm extends Dialog {

    private static final long serialVersionUID = 1L;

    private final ComboBox<Customer> customer = new ComboBox<>();
    private final TextField name = new TextField();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField currency = new TextField();
    private final DateField expectedClose = new DateField(null);
    private final TextField competitors = new TextField();
    private final TextField nextStep = new TextField();

    /** A new opportunity. */
    OpportunityForm(OpportunityUi ui, Customer fixedCustomer, Consumer<Opportunity> onSaved) {
        layOut(ui, getTranslation("sales.new"));
        customer.setItems(query -> ui.customers().search(query.getFilter().orElse(""), query.getLimit() + query.getOffset())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        if (fixedCustomer != null) {
            customer.setItems(List.of(fixedCustomer));
            customer.setValue(fixedCustomer);
            customer.setReadOnly(true);
        }
        currency.setValue("CNY");
        Select<Stage> stage = new Select<>();
        stage.setLabel(getTranslation("sales.field.stage"));
        stage.setId("opportunity-stage");
        List<Stage> stages = ui.opportunities().stages();
        stage.setItems(stages);
        stage.setItemLabelGenerator(s -> StageLabels.label(this, s));
        stage.setValue(stages.get(0));
        FormLayout form = new FormLayout(customer, name, amount, currency, expectedClose, stage, competitors, nextStep);
        add(form);
        footer(() -> {
            if (customer.getValue() == null) {
                Attempt.error("sales.error.customer");
                return null;
            }
            Opportunity saved = OpportunityUi.attempt(() -> ui.opportunities().create(new NewOpportunity(customer.getValue().id(),
                    name.getValue(), stage.getValue().code(), amount.getValue(), currency.getValue(), expectedClose.getValue(),
                    competitors.getValue(), nextStep.getValue())));
            if (saved != null) {
                Attempt.done("sales.created", saved.name());
            }
            return saved;
        }, onSaved);
    }

    /** An open opportunity's facts changed. */
    OpportunityForm(OpportunityUi ui, Opportunity opportunity, Consumer<Opportunity> onSaved) {
        layOut(ui, getTranslation("sales.edit.title", opportunity.name()));
        ui.customers().find(opportunity.customerId()).ifPresent(c -> {
            customer.setItems(List.of(c));
            customer.setValue(c);
        });
        customer.setReadOnly(true);
        name.setValue(opportunity.name());
        amount.setValue(opportunity.amount());
        currency.setValue(opportunity.currency());
        expectedClose.setValue(opportunity.expectedClose());
        competitors.setValue(opportunity.competitors());
        nextStep.setValue(opportunity.nextStep());
        IntegerField probability = new IntegerField(getTranslation("sales.field.probability"));
        probability.setId("opportunity-probability");
        probability.setMin(0);
        probability.setMax(100);
        probability.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        probability.setValue(opportunity.probability());
        add(new FormLayout(customer, name, amount, currency, expectedClose, probability, competitors, nextStep));
        footer(() -> {
            Opportunity saved = OpportunityUi.attempt(() -> ui.opportunities().update(opportunity.id(), new OpportunityEdit(
                    name.getValue(), amount.getValue(), currency.getValue(), expectedClose.getValue(), probability.getValue(),
                    competitors.getValue(), nextStep.getValue()), opportunity.version()));
            if (saved != null) {
                Attempt.done("sales.saved", saved.name());
            }
            return saved;
        }, onSaved);
    }

    private void layOut(OpportunityUi ui, String title) {
        setId("opportunity-dialog");
        setHeaderTitle(title);
        setWidth("min(40em, 95vw)");
        customer.setLabel(getTranslation("sales.field.customer"));
        customer.setId("opportunity-customer");
        customer.setItemLabelGenerator(Customer::name);
        name.setLabel(getTranslation("sales.field.name"));
        name.setId("opportunity-name");
        LengthLimit.apply(name, 200);
        amount.setLabel(getTranslation("sales.field.amount"));
        amount.setId("opportunity-amount");
        currency.setLabel(getTranslation("sales.field.currency"));
        currency.setId("opportunity-currency");
        LengthLimit.apply(currency, 3);
        expectedClose.setLabel(getTranslation("sales.field.expectedClose"));
        expectedClose.setId("opportunity-close");
        competitors.setLabel(getTranslation("sales.field.competitors"));
        competitors.setId("opportunity-competitors");
        nextStep.setLabel(getTranslation("sales.field.nextStep"));
        nextStep.setId("opportunity-next-step");
    }

    private void footer(java.util.function.Supplier<Opportunity> save, Consumer<Opportunity> onSaved) {
        Button button = new Button(getTranslation("sales.save"), event -> {
            if (expectedClose.refuseUnreadable()) {
                return;
            }
            Opportunity saved = save.get();
            if (saved != null) {
                close();
                onSaved.accept(saved);
            }
        });
        button.setId("opportunity-save");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), button);
    }
}
