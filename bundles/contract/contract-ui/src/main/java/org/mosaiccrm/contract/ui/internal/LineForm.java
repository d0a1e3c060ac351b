package org.mosaiccrm.contract.ui.internal;

import java.util.Map;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractLine;
import org.mosaiccrm.contract.NewContractLine;
import org.mosaiccrm.platform.ui.LengthLimit;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A line item of a draft, new or changed: product code, description, unit, quantity, unit price before tax,
 * discount and tax rate (the contract's, to start with). A refusal shows beside its field and keeps
 * what was typed.
 */
class LineForm extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Saves the typed line with the fields a refusal may name; tells whether it was saved. */
    interface Save {
        boolean save(NewContractLine line, Map<String, HasValidation> fields);
    }

    /** @param line the line to change (at {@code position}), or null for a new one */
    LineForm(Contract contract, int position, ContractLine line, Save save) {
        setId("contract-line-dialog");
        setHeaderTitle(line == null ? getTranslation("contract.line.add") : getTranslation("contract.line.edit", position));
        TextField code = new TextField(getTranslation("contract.line.productCode"));
        code.setId("contract-line-code");
        LengthLimit.apply(code, 64);
        TextField description = new TextField(getTranslation("contract.line.description"));
        description.setId("contract-line-description");
        description.setRequired(true);
        LengthLimit.apply(description, 200);
        TextField unit = new TextField(getTranslation("contract.line.unit"));
        unit.setId("contract-line-unit");
        LengthLimit.apply(unit, 20);
        BigDecimalField quantity = new BigDecimalField(getTranslation("contract.line.quantity"));
        quantity.setId("contract-line-quantity");
        BigDecimalField price = new BigDecimalField(getTranslation("contract.line.unitPrice"));
        price.setId("contract-line-price");
        BigDecimalField discount = new BigDecimalField(getTranslation("contract.line.discount") + " %");
        discount.setId("contract-line-discount");
        BigDecimalField taxRate = new BigDecimalField(getTranslation("contract.line.taxRate") + " %");
        taxRate.setId("contract-line-tax");
        taxRate.setValue(contract.taxRate());
        if (line != null) {
            code.setValue(line.productCode());
            description.setValue(line.description());
            unit.setValue(line.unit());
            quantity.setValue(line.quantity().stripTrailingZeros());
            price.setValue(line.unitPrice());
            discount.setValue(line.discountPercent().stripTrailingZeros());
            taxRate.setValue(line.taxRate().stripTrailingZeros());
        }
        FormLayout form = new FormLayout(code, description, unit, quantity, price, discount, taxRate);
        form.setColspan(description, 2);
        add(form);
        String field = "lines[" + position + "].";
        Map<String, HasValidation> fields = Map.of(field + "productCode", code, field + "description", description, field + "unit", unit,
                field + "quantity", quantity, field + "unitPrice", price, field + "discountPercent", discount, field + "taxRate", taxRate,
                "lines", quantity);
        Button saveButton = new Button(getTranslation("contract.save"), event -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (save.save(new NewContractLine(code.getValue(), description.getValue(), unit.getValue(), quantity.getValue(),
                    price.getValue(), discount.getValue(), taxRate.getValue()), fields)) {
                close();
            }
        });
        saveButton.setId("contract-line-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), saveButton);
    }
}
