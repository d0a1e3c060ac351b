package org.mosaiccrm.contract.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.MilestoneKind;
import org.mosaiccrm.contract.NewMilestone;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.LengthLimit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new delivery or obligation of a contract: what, by when, and the days before it its owner is
 * reminded. A refusal shows beside its field and keeps what was typed.
 */
class MilestoneForm extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_REMIND_DAYS = 7;

    MilestoneForm(ContractUi ui, Contract contract, Consumer<Contract> onSaved) {
        setId("milestone-dialog");
        setHeaderTitle(getTranslation("contract.milestone.new"));
        Select<MilestoneKind> kind = new Select<>();
        kind.setLabel(getTranslation("contract.milestone.kind"));
        kind.setId("milestone-kind");
        kind.setItems(MilestoneKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("contract.milestone.kind." + k.name()));
        kind.setValue(MilestoneKind.DELIVERY);
        TextField title = new TextField(getTranslation("contract.milestone.title"));
        title.setId("milestone-title");
        LengthLimit.apply(title, 200);
        DateField dueDate = new DateField(getTranslation("contract.milestone.dueDate"));
        dueDate.setId("milestone-due-date");
        IntegerField remind = new IntegerField(getTranslation("contract.instalment.remindDaysBefore"));
        remind.setId("milestone-remind-days");
        remind.setValue(DEFAULT_REMIND_DAYS);
        remind.setMin(0);
        FormLayout form = new FormLayout(kind, title, dueDate, remind);
        form.setColspan(title, 2);
        add(form);
        Button save = new Button(getTranslation("contract.save"), event -> {
            if (DateField.refuseUnreadable(dueDate)) {
                return;
            }
            if (remind.isInvalid() || remind.getValue() == null) {
                remind.setInvalid(true);
                remind.setErrorMessage(getTranslation("contract.error.remindDays", 365));
                return;
            }
            Contract saved = Attempt.of(() -> ui.milestones.addMilestone(contract.id(), new NewMilestone(kind.getValue(), title.getValue(),
                    dueDate.getValue(), remind.getValue()), contract.version()), "contract.error.changedMeanwhile", "contract.error.notFound",
                    Map.of("kind", kind, "title", title, "dueDate", dueDate, "remindDaysBefore", remind));
            if (saved != null) {
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), save);
    }
}
