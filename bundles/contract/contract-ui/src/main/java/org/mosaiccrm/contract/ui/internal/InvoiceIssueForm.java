package org.mosaiccrm.contract.ui.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.Invoice;
import org.mosaiccrm.contract.InvoiceIssue;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** Finance issues a requested invoice: the number printed on it, the day, and the courier's tracking number. */
class InvoiceIssueForm extends Dialog {

    private static final long serialVersionUID = 1L;

    InvoiceIssueForm(ContractUi ui, Contract contract, Invoice invoice, Consumer<Contract> onSaved) {
        setId("invoice-issue-dialog");
        setHeaderTitle(getTranslation("contract.invoice.issue"));
        Span what = new Span(getTranslation("contract.invoice.type." + invoice.type().name()) + " · " + invoice.title() + " · "
                + (invoice.amount() == null ? "" : Money.format(invoice.amount(), contract.currency(), getLocale())));
        what.setId("invoice-issue-summary");
        add(what);
        TextField number = new TextField(getTranslation("contract.invoice.number"));
        number.setId("invoice-number");
        LengthLimit.apply(number, 20);
        DateField issuedOn = new DateField(getTranslation("contract.invoice.issuedOn"), LocalDate.now());
        issuedOn.setId("invoice-issued-on");
        issuedOn.setMax(LocalDate.now());
        TextField tracking = new TextField(getTranslation("contract.invoice.tracking"));
        tracking.setId("invoice-tracking");
        LengthLimit.apply(tracking, 40);
        add(new FormLayout(number, issuedOn, tracking));
        Button save = new Button(getTranslation("contract.invoice.issue"), event -> {
            if (DateField.refuseUnreadable(issuedOn)) {
                return;
            }
            Contract saved = Attempt.of(() -> ui.invoices.issue(contract.id(), invoice.id(), new InvoiceIssue(number.getValue(),
                    issuedOn.getValue(), tracking.getValue()), contract.version()), "contract.error.changedMeanwhile",
                    "contract.error.notFound", Map.of("invoiceNumber", number, "issuedOn", issuedOn, "trackingNumber", tracking));
            if (saved != null) {
                Attempt.done("contract.invoice.issued", saved.number());
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("invoice-issue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), save);
    }
}
