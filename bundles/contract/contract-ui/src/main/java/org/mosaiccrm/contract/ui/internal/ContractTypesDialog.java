package org.mosaiccrm.contract.ui.internal;

import java.util.Map;

import org.mosaiccrm.contract.ContractType;
import org.mosaiccrm.contract.ContractTypes;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.LengthLimit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The contract types an administrator keeps (合同类型): each one's name (renamed in place) and whether
 * new contracts may have it; a new one added at the end. Types are never deleted: their contracts keep them.
 */
class ContractTypesDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ContractUi ui;
    private final Grid<ContractType> grid = new Grid<>();

    ContractTypesDialog(ContractUi ui) {
        this.ui = ui;
        setId("contract-types-dialog");
        setHeaderTitle(getTranslation("contract.types"));
        setWidth("36em");
        grid.setId("contract-types-grid");
        grid.addComponentColumn(this::nameField).setHeader(getTranslation("contract.types.name")).setFlexGrow(1);
        grid.addComponentColumn(this::offered).setHeader(getTranslation("contract.types.offered")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        TextField name = new TextField(getTranslation("contract.types.name"));
        name.setId("contract-type-new-name");
        LengthLimit.apply(name, ContractTypes.MAX_NAME);
        Button add = new Button(getTranslation("contract.types.add"), event -> {
            if (takenHere(name, null)) {
                return;
            }
            ContractType added = Attempt.of(() -> ui.types.add(name.getValue()), "contract.error.changedMeanwhile",
                    "contract.error.typeNotFound", Map.of("name", name));
            if (added != null) {
                Attempt.done("contract.types.saved", added.name());
                name.clear();
                reload();
            }
        });
        add.setId("contract-type-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(name, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(grid, adding);
        Button close = new Button(getTranslation("contract.close"), event -> close());
        close.setId("contract-types-close");
        getFooter().add(close);
        reload();
    }

    /** The type's name, saved when changed (Enter or leaving the field); refused names stay as typed, marked. */
    private TextField nameField(ContractType type) {
        TextField field = new TextField();
        field.setId("contract-type-name-" + type.code());
        field.setValue(ui.typeName(type));
        field.setWidthFull();
        field.setAriaLabel(getTranslation("contract.types.rename") + " " + ui.typeName(type));
        LengthLimit.apply(field, ContractTypes.MAX_NAME);
        field.addValueChangeListener(event -> {
            if (event.isFromClient() && !event.getValue().strip().equals(ui.typeName(type)) && !takenHere(field, type.code())) {
                ContractType renamed = Attempt.of(() -> ui.types.rename(type.code(), event.getValue()), "contract.error.changedMeanwhile",
                        "contract.error.typeNotFound", Map.of("name", field));
                if (renamed != null) {
                    Attempt.done("contract.types.saved", renamed.name());
                    ui.typesChanged();
                }
            }
        });
        return field;
    }

    /**
     * Whether another type already shows the name typed in {@code field} in this language (a shipped
     * type's Chinese name is a text of this module, which the service never sees); said beside the field.
     */
    private boolean takenHere(TextField field, String except) {
        String typed = field.getValue().strip();
        boolean taken = ui.contracts.types().stream()
                .anyMatch(type -> !type.code().equals(except) && ui.typeName(type).equalsIgnoreCase(typed));
        if (taken) {
            field.setErrorMessage(getTranslation("contract.error.typeNameTaken", typed));
            field.setInvalid(true);
        }
        return taken;
    }

    private Checkbox offered(ContractType type) {
        Checkbox offered = new Checkbox(type.active());
        offered.setId("contract-type-offered-" + type.code());
        offered.setAriaLabel(getTranslation("contract.types.offered") + " " + ui.typeName(type));
        offered.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                ContractType changed = Attempt.of(() -> ui.types.setActive(type.code(), event.getValue()), "contract.error.changedMeanwhile",
                        "contract.error.typeNotFound");
                if (changed != null) {
                    Attempt.done("contract.types.saved", ui.typeName(changed));
                }
                reload();
            }
        });
        return offered;
    }

    private void reload() {
        ui.typesChanged();
        grid.setItems(ui.contracts.types());
    }
}
