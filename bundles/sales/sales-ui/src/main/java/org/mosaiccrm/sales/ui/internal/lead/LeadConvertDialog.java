package org.mosaiccrm.sales.ui.internal.lead;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadConversion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Converting a lead in one step. The duplicate check runs first: if the customer exists already,
 * the user picks it and the person becomes its contact; else a new customer is made. An
 * opportunity is made too when it is named.
 */
class LeadConvertDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final long NEW_CUSTOMER = -1;

    LeadConvertDialog(LeadUi ui, Lead lead, Runnable onChange) {
        setId("lead-convert-dialog");
        setWidth("min(40em, 95vw)");
        setHeaderTitle(getTranslation("sales.lead.convert.title", lead.name()));
        List<DuplicateMatch> matches = ui.leads().duplicates(lead.id());
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        List<Long> choices = new ArrayList<>();
        choices.add(NEW_CUSTOMER);
        for (DuplicateMatch match : matches) {
            if (match.visible()) {
                choices.add(match.customerId());
                names.put(match.customerId(), match.name());
            }
        }
        if (!matches.isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("sales.lead.convert.duplicates", matches.size()));
            warning.setId("lead-convert-warning");
            add(warning);
        }
        RadioButtonGroup<Long> customer = new RadioButtonGroup<>(getTranslation("sales.lead.convert.customer"));
        customer.setId("lead-convert-customer");
        customer.setItems(choices);
        customer.setItemLabelGenerator(id -> id == NEW_CUSTOMER ? getTranslation("sales.lead.convert.new", lead.customerName())
                : getTranslation("sales.lead.convert.existing", names.get(id)));
        customer.setValue(choices.size() > 1 ? choices.get(1) : NEW_CUSTOMER);
        TextField opportunity = new TextField(getTranslation("sales.lead.convert.opportunity"));
        opportunity.setId("lead-convert-opportunity");
        opportunity.setHelperText(getTranslation("sales.lead.convert.opportunity.help"));
        BigDecimalField amount = new BigDecimalField(getTranslation("sales.field.amount"));
        amount.setId("lead-convert-amount");
        TextField currency = new TextField(getTranslation("sales.field.currency"));
        currency.setId("lead-convert-currency");
        currency.setValue("CNY");
        DateField close = new DateField(getTranslation("sales.field.expectedClose"));
        close.setId("lead-convert-close");
        FormLayout form = new FormLayout(opportunity, amount, currency, close);
        add(customer, form);
        Button convert = new Button(getTranslation("sales.lead.convert"), event -> {
            if (close.refuseUnreadable()) {
                return;
            }
            Long existing = customer.getValue() == null || customer.getValue() == NEW_CUSTOMER ? null : customer.getValue();
            BigDecimal value = amount.getValue();
            Lead converted = LeadUi.attempt(() -> ui.leads().convert(lead.id(), new LeadConversion(existing,
                    opportunity.getValue(), value, currency.getValue(), close.getValue()), lead.version()));
            if (converted != null) {
                close();
                LeadUi.done("sales.lead.converted", converted.name());
                onChange.run();
                UI.getCurrent().navigate("customers/" + converted.customerId());
            }
        });
        convert.setId("lead-convert-save");
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), convert);
    }
}
