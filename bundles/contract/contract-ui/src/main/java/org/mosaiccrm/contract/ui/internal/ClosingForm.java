package org.mosaiccrm.contract.ui.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.LengthLimit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Ends a contract: terminates a signed one early (终止, from a day, for a reason) or voids one that
 * never took effect (作废, for a reason). Says what it does before it is confirmed.
 */
class ClosingForm extends Dialog {

    private static final long serialVersionUID = 1L;

    /** @param terminate true to terminate a signed contract, false to void an unsigned one */
    ClosingForm(ContractUi ui, Contract contract, boolean terminate, Consumer<Contract> onClosed) {
        String what = terminate ? "terminate" : "void";
        setId("contract-" + what + "-dialog");
        setHeaderTitle(getTranslation("contract." + what) + " " + contract.number());
        add(new Paragraph(getTranslation("contract." + what + ".explained")));
        DateField on = new DateField(getTranslation("contract.field.terminatedOn"), LocalDate.now());
        on.setId("contract-terminated-on");
        on.setVisible(terminate);
        TextArea reason = new TextArea(getTranslation("contract.field.closingReason"));
        reason.setId("contract-closing-reason");
        reason.setWidthFull();
        LengthLimit.apply(reason, 1000);
        add(on, reason);
        Button confirm = new Button(getTranslation("contract." + what), event -> {
            if (terminate && DateField.refuseUnreadable(on)) {
                return;
            }
            Contract closed = Attempt.of(() -> terminate ? ui.contracts.terminate(contract.id(), on.getValue(), reason.getValue(),
                    contract.version()) : ui.contracts.voidContract(contract.id(), reason.getValue(), contract.version()),
                    "contract.error.changedMeanwhile", "contract.error.notFound", Map.of("on", on, "reason", reason));
            if (closed != null) {
                Attempt.done("contract." + what + ".done", closed.number());
                close();
                onClosed.accept(closed);
            }
        });
        confirm.setId("contract-" + what + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), confirm);
    }
}
