package org.mosaiccrm.contract.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A new instalment of a contract's payment plan: due date, amount (what is left to plan, to start
 * with) and the days before it its owner is reminded. A refusal shows beside its field.
 */
class InstalmentForm extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_REMIND_DAYS = 7;

    InstalmentForm(ContractUi ui, Contract contract, Consumer<Contract> onSaved) {
        setId("instalment-dialog");
        setHeaderTitle(getTranslation("contract.instalment.new"));
        DateField dueDate = new DateField(getTranslation("contract.instalment.dueDate"));
        dueDate.setId("instalment-due-date");
        BigDecimalField amount = new BigDecimalField(getTranslation("contract.instalment.amount"));
        amount.setId("instalment-amount");
        if (contract.amount() != null && contract.amount().compareTo(contract.planned()) > 0) {
            amount.setValue(contract.amount().subtract(contract.planned()));
        }
        IntegerField remind = new IntegerField(getTranslation("contract.instalment.remindDaysBefore"));
        remind.setId("instalment-remind-days");
        remind.setValue(DEFAULT_REMIND_DAYS);
        remind.setMin(0);
        add(new FormLayout(dueDate, amount, remind));
        Button save = new Button(getTranslation("contract.save"), event -> {
            if (DateField.refuseUnreadable(dueDate)) {
                return;
            }
            if (remind.isInvalid() || remind.getValue() == null) {
                remind.setInvalid(true);
                remind.setErrorMessage(getTranslation("contract.error.remindDays", 365));
                return;
            }
            Contract saved = Attempt.of(() -> ui.payments.addInstalment(contract.id(), new NewInstalment(dueDate.getValue(),
                    amount.getValue(), remind.getValue()), contract.version()), "contract.error.changedMeanwhile",
                    "contract.error.notFound", Map.of("dueDate", dueDate, "amount", amount, "remindDaysBefore", remind));
            if (saved != null) {
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("instalment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), save);
    }
}
