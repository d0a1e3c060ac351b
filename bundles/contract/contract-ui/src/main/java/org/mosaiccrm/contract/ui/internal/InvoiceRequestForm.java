package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.Invoice;
import org.mosaiccrm.contract.InvoiceRequest;
import org.mosaiccrm.contract.InvoiceType;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.LengthLimit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An invoice asked for (开票申请): its type, the buyer's details as the invoice is to carry them (the
 * customer's name to start with), and the amount (what is not yet invoiced, to start with).
 */
class InvoiceRequestForm extends Dialog {

    private static final long serialVersionUID = 1L;

    InvoiceRequestForm(ContractUi ui, Contract contract, List<Invoice> invoices, Consumer<Contract> onSaved) {
        setId("invoice-request-dialog");
        setHeaderTitle(getTranslation("contract.invoice.request"));
        Select<InvoiceType> type = new Select<>();
        type.setLabel(getTranslation("contract.invoice.type"));
        type.setId("invoice-type");
        type.setItems(InvoiceType.values());
        type.setItemLabelGenerator(item -> getTranslation("contract.invoice.type." + item.name()));
        type.setValue(InvoiceType.VAT_SPECIAL);
        TextField title = text("invoice-title", "contract.invoice.title", 100);
        title.setValue(ui.customerName(contract.customerId()).startsWith("#") ? "" : ui.customerName(contract.customerId()));
        TextField taxNumber = text("invoice-tax-number", "contract.invoice.taxNumber", 20);
        TextField bank = text("invoice-bank", "contract.invoice.bank", 100);
        TextField account = text("invoice-account", "contract.invoice.account", 40);
        BigDecimalField amount = new BigDecimalField(getTranslation("contract.invoice.amount"));
        amount.setId("invoice-amount");
        BigDecimal asked = invoices.stream().map(Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (contract.amount().compareTo(asked) > 0) {
            amount.setValue(contract.amount().subtract(asked));
        }
        FormLayout form = new FormLayout(type, title, taxNumber, bank, account, amount);
        form.setColspan(title, 2);
        add(form);
        Button save = new Button(getTranslation("contract.invoice.request"), event -> {
            Contract saved = Attempt.of(() -> ui.invoices.request(contract.id(), new InvoiceRequest(type.getValue(), title.getValue(),
                    taxNumber.getValue(), bank.getValue(), account.getValue(), amount.getValue()), contract.version()),
                    "contract.error.changedMeanwhile", "contract.error.notFound",
                    Map.of("type", type, "title", title, "taxNumber", taxNumber, "bank", bank, "account", account, "amount", amount));
            if (saved != null) {
                Attempt.done("contract.invoice.requested", saved.number());
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("invoice-request-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), save);
    }

    private TextField text(String id, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        LengthLimit.apply(field, max);
        return field;
    }
}
