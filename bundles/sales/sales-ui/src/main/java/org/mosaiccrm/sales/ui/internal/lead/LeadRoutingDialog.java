package org.mosaiccrm.sales.ui.internal.lead;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** The round-robin rule: who receives, in turn, the leads that come without an owner. */
class LeadRoutingDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    LeadRoutingDialog(LeadUi ui) {
        setId("lead-routing-dialog");
        setHeaderTitle(getTranslation("sales.lead.routing"));
        Map<Long, String> workers = ui.workers();
        CheckboxGroup<Long> members = new CheckboxGroup<>(getTranslation("sales.lead.routing.members"));
        members.setId("lead-routing-members");
        members.setItems(new ArrayList<>(workers.keySet()));
        members.setItemLabelGenerator(workers::get);
        members.setValue(new LinkedHashSet<>(ui.leads().roundRobin()));
        add(new Paragraph(getTranslation("sales.lead.routing.help")), members);
        Button save = new Button(getTranslation("sales.save"), event -> {
            java.util.List<Long> chosen = workers.keySet().stream().filter(members.getValue()::contains).toList();
            if (LeadUi.attempt(() -> {
                ui.leads().setRoundRobin(chosen);
                return chosen;
            }) != null) {
                close();
                LeadUi.done("sales.lead.routing.saved", chosen.size());
            }
        });
        save.setId("lead-routing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), save);
    }
}
