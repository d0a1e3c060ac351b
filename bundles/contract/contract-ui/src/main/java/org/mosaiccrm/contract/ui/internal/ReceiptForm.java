package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.InstalmentStatus;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A payment received: against which instalment (the earliest not yet paid, to start with), when, how
 * much (what is still due on it, to start with), how, and the bank's reference.
 */
class ReceiptForm extends Dialog {

    private static final long serialVersionUID = 1L;

    ReceiptForm(ContractUi ui, Contract contract, List<Instalment> plan, Consumer<Contract> onSaved) {
        setId("receipt-dialog");
        setHeaderTitle(getTranslation("contract.receipt.new"));
        List<Instalment> open = plan.stream().filter(instalment -> instalment.status() != InstalmentStatus.PAID).toList();
        Select<Instalment> instalment = new Select<>();
        instalment.setLabel(getTranslation("contract.receipt.instalment"));
        instalment.setId("receipt-instalment");
        instalment.setItems(open);
        instalment.setItemLabelGenerator(item -> getTranslation("contract.instalment.label", item.number(), item.dueDate().toString(),
                Money.format(due(item), contract.currency(), getLocale())));
        DateField receivedOn = new DateField(getTranslation("contract.receipt.receivedOn"), LocalDate.now());
        receivedOn.setId("receipt-received-on");
        receivedOn.setMax(LocalDate.now());
        BigDecimalField amount = new BigDecimalField(getTranslation("contract.receipt.amount"));
        amount.setId("receipt-amount");
        instalment.addValueChangeListener(event -> amount.setValue(event.getValue() == null ? null : due(event.getValue())));
        if (!open.isEmpty()) {
            instalment.setValue(open.get(0));
        }
        Select<ReceiptMethod> method = new Select<>();
        method.setLabel(getTranslation("contract.receipt.method"));
        method.setId("receipt-method");
        method.setItems(ReceiptMethod.values());
        method.setItemLabelGenerator(item -> getTranslation("contract.receipt.method." + item.name()));
        method.setValue(ReceiptMethod.BANK_TRANSFER);
        TextField reference = new TextField(getTranslation("contract.receipt.reference"));
        reference.setId("receipt-reference");
        LengthLimit.apply(reference, 100);
        FormLayout form = new FormLayout(instalment, receivedOn, amount, method, reference);
        form.setColspan(instalment, 2);
        add(form);
        Button save = new Button(getTranslation("contract.receipt.record"), event -> {
            if (DateField.refuseUnreadable(receivedOn)) {
                return;
            }
            Contract saved = Attempt.of(() -> ui.payments.recordReceipt(contract.id(), new NewReceipt(instalment.getValue() == null ? 0
                    : instalment.getValue().id(), receivedOn.getValue(), amount.getValue(), method.getValue(), reference.getValue()),
                    contract.version()), "contract.error.changedMeanwhile", "contract.error.notFound",
                    Map.of("instalmentId", instalment, "receivedOn", receivedOn, "amount", amount, "method", method, "reference", reference));
            if (saved != null) {
                Attempt.done("contract.receipt.recorded", saved.number(), saved.collectedPercent());
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("receipt-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), save);
    }

    private static BigDecimal due(Instalment instalment) {
        return instalment.amount().subtract(instalment.received());
    }
}
