package org.mosaiccrm.contract.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractType;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.LengthLimit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A draft's facts: a new contract, or a draft changed. A refusal shows beside the field it names and
 * keeps everything typed; a draft someone changed meanwhile is not overwritten.
 */
class ContractForm extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextField title = new TextField();
    private final Select<ContractType> type = new Select<>();
    private final ComboBox<Customer> customer = new ComboBox<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField currency = new TextField();
    private final BigDecimalField taxRate = new BigDecimalField();
    private final DateField startDate = new DateField(null);
    private final DateField endDate = new DateField(null);
    private final TextArea paymentTerms = new TextArea();
    private final TextArea terms = new TextArea();

    /** @param draft the draft to change, or null for a new contract */
    ContractForm(ContractUi ui, Contract draft, Consumer<Contract> onSaved) {
        setId("contract-dialog");
        setHeaderTitle(draft == null ? getTranslation("contract.new") : draft.number() + " " + draft.title());
        setWidth("min(48em, 95vw)");
        field(title, "title", "contract.field.title");
        LengthLimit.apply(title, 200);
        type.setLabel(getTranslation("contract.field.type"));
        type.setId("contract-type");
        // a draft keeps its type when that is no longer offered
        List<ContractType> types = ui.contracts.types().stream()
                .filter(t -> t.active() || draft != null && t.code().equals(draft.typeCode())).toList();
        type.setItems(types);
        type.setItemLabelGenerator(ui::typeName);
        customer.setLabel(getTranslation("contract.field.customer"));
        customer.setId("contract-customer");
        customer.setItemLabelGenerator(Customer::name);
        customer.setItems(query -> ui.customers.search(query.getFilter().orElse(""), query.getLimit() + query.getOffset())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        field(amount, "amount", "contract.field.amount");
        field(currency, "currency", "contract.field.currency");
        LengthLimit.apply(currency, 3);
        field(taxRate, "tax-rate", "contract.field.taxRate");
        field(startDate, "start", "contract.field.startDate");
        field(endDate, "end", "contract.field.endDate");
        field(paymentTerms, "payment-terms", "contract.field.paymentTerms");
        field(terms, "terms", "contract.field.terms");
        LengthLimit.apply(paymentTerms, 4000);
        LengthLimit.apply(terms, 4000);
        if (draft == null) {
            type.setValue(types.isEmpty() ? null : types.get(0));
            currency.setValue("CNY");
        } else {
            title.setValue(draft.title());
            types.stream().filter(t -> t.code().equals(draft.typeCode())).findFirst().ifPresent(type::setValue);
            ui.customers.find(draft.customerId()).ifPresent(c -> {
                customer.setItems(List.of(c));
                customer.setValue(c);
            });
            amount.setValue(draft.amount());
            if (!ui.contracts.lines(draft.id()).lines().isEmpty()) {
                // the amount is the lines' total: changed by changing them
                amount.setReadOnly(true);
                amount.setHelperText(getTranslation("contract.amountFromLines"));
            }
            currency.setValue(draft.currency());
            taxRate.setValue(draft.taxRate());
            startDate.setValue(draft.startDate());
            endDate.setValue(draft.endDate());
            paymentTerms.setValue(draft.paymentTerms());
            terms.setValue(draft.terms());
        }
        FormLayout form = new FormLayout(title, type, customer, amount, currency, taxRate, startDate, endDate, paymentTerms, terms);
        form.setColspan(title, 2);
        form.setColspan(paymentTerms, 2);
        form.setColspan(terms, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("title", title, "typeCode", type, "customerId", customer, "amount", amount,
                "currency", currency, "taxRate", taxRate, "startDate", startDate, "endDate", endDate, "paymentTerms", paymentTerms,
                "terms", terms);
        Button save = new Button(getTranslation("contract.save"), event -> {
            if (DateField.refuseUnreadable(startDate, endDate)) {
                return;
            }
            fields.values().forEach(f -> f.setInvalid(false));
            NewContract typed = new NewContract(title.getValue(), type.getValue() == null ? "" : type.getValue().code(),
                    customer.getValue() == null ? 0 : customer.getValue().id(), amount.getValue(), currency.getValue(), taxRate.getValue(),
                    startDate.getValue(), endDate.getValue(), paymentTerms.getValue(), terms.getValue());
            Contract saved = Attempt.of(() -> draft == null ? ui.contracts.create(typed) : ui.contracts.update(draft.id(), typed,
                    draft.version()), "contract.error.changedMeanwhile", "contract.error.notFound", fields);
            if (saved != null) {
                Attempt.done("contract.saved", saved.number());
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("contract-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contract.cancel"), event -> close());
        cancel.setId("contract-cancel");
        getFooter().add(cancel, save);
    }

    private <F extends Component & HasLabel> void field(F component, String id, String labelKey) {
        component.setLabel(getTranslation(labelKey));
        component.setId("contract-" + id);
    }
}
