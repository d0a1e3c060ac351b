package org.mosaiccrm.contract.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.platform.ui.Attempt;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * A contract's tags (标签) on its page: chosen from the tags in use or typed new (Enter adds one); each
 * change is saved at once. A refusal shows beside the field.
 */
class TagsField extends MultiSelectComboBox<String> {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 50;

    private final transient ContractUi ui;
    private final Contract contract;
    private final transient Consumer<Contract> onSaved;

    TagsField(ContractUi ui, Contract contract, List<String> tags, Consumer<Contract> onSaved) {
        this.ui = ui;
        this.contract = contract;
        this.onSaved = onSaved;
        setId("contract-tags");
        setAriaLabel(getTranslation("contract.field.tags"));
        setPlaceholder(getTranslation("contract.tags.placeholder"));
        setWidthFull();
        List<String> items = new ArrayList<>(tags);
        ui.contracts.knownTags("", SUGGESTIONS).stream().filter(tag -> !items.contains(tag)).forEach(items::add);
        setItems(items);
        setValue(new LinkedHashSet<>(tags));
        setAllowCustomValue(true);
        addCustomValueSetListener(event -> {
            String typed = event.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            Set<String> chosen = new LinkedHashSet<>(getValue());
            chosen.add(typed);
            save(chosen);
        });
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save(event.getValue());
            }
        });
    }

    private void save(Set<String> tags) {
        Contract saved = Attempt.of(() -> ui.contracts.setTags(contract.id(), new ArrayList<>(tags), contract.version()),
                "contract.error.changedMeanwhile", "contract.error.notFound", Map.of("tags", this));
        if (saved != null) {
            Attempt.done("contract.tags.saved", saved.number());
            onSaved.accept(saved);
        }
    }
}
