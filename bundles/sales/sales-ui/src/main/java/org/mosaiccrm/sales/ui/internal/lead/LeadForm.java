package org.mosaiccrm.sales.ui.internal.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadGrade;
import org.mosaiccrm.sales.NewLead;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Capturing a lead, or changing one; a new lead's owner is its creator, another chosen worker or the round robin. */
class LeadForm extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final long AUTOMATIC = -1;

    LeadForm(LeadUi ui, Lead editing, Consumer<Lead> onSaved) {
        setId("lead-form");
        setWidth("min(44em, 95vw)");
        setHeaderTitle(getTranslation(editing == null ? "sales.lead.new" : "sales.lead.edit"));
        TextField name = field("lead-name", "sales.lead.field.name", editing == null ? "" : editing.name());
        name.setRequiredIndicatorVisible(true);
        TextField company = field("lead-company", "sales.lead.field.company", editing == null ? "" : editing.company());
        TextField title = field("lead-title", "sales.lead.field.title", editing == null ? "" : editing.title());
        TextField email = field("lead-email", "sales.lead.field.email", editing == null ? "" : editing.email());
        TextField phone = field("lead-phone", "sales.lead.field.phone", editing == null ? "" : editing.phone());
        TextField source = field("lead-source", "sales.lead.field.source", editing == null ? "" : editing.source());
        Select<LeadGrade> grade = new Select<>();
        grade.setId("lead-grade");
        grade.setLabel(getTranslation("sales.lead.field.grade"));
        grade.setItems(LeadGrade.values());
        grade.setItemLabelGenerator(g -> getTranslation("sales.lead.grade." + g.name()));
        grade.setValue(editing == null ? LeadGrade.WARM : editing.grade());
        IntegerField score = new IntegerField(getTranslation("sales.lead.field.score"));
        score.setId("lead-score");
        score.setMin(0);
        score.setMax(100);
        score.setStepButtonsVisible(true);
        score.setValue(editing == null ? 0 : editing.score());
        TextArea notes = new TextArea(getTranslation("sales.lead.field.notes"));
        notes.setId("lead-notes");
        notes.setValue(editing == null ? "" : editing.notes());
        FormLayout form = new FormLayout(name, company, title, email, phone, source, grade, score);
        Select<Long> owner = new Select<>();
        if (editing == null) {
            Map<Long, String> workers = ui.workers();
            owner.setId("lead-owner");
            owner.setLabel(getTranslation("sales.lead.field.owner"));
            List<Long> choices = new ArrayList<>();
            choices.add(AUTOMATIC);
            choices.addAll(workers.keySet());
            owner.setItems(choices);
            owner.setItemLabelGenerator(id -> id == AUTOMATIC ? getTranslation("sales.lead.owner.automatic") : workers.get(id));
            // a lead a rep enters is theirs unless they hand it on; the round robin is for leads nobody claims
            Long me = CurrentSubject.get().map(Subject::userId).filter(workers::containsKey).orElse(AUTOMATIC);
            owner.setValue(me);
            form.add(owner);
        }
        form.add(notes, 2);
        add(form);

        Button save = new Button(getTranslation("sales.save"), event -> {
            Long chosen = editing != null || owner.getValue() == null || owner.getValue() == AUTOMATIC ? null : owner.getValue();
            NewLead input = new NewLead(name.getValue(), company.getValue(), title.getValue(), email.getValue(),
                    phone.getValue(), source.getValue(), grade.getValue(), score.getValue() == null ? -1 : score.getValue(),
                    notes.getValue(), chosen);
            Lead saved = LeadUi.attempt(() -> editing == null ? ui.leads().create(input)
                    : ui.leads().update(editing.id(), input, editing.version()));
            if (saved != null) {
                close();
                LeadUi.done("sales.lead.saved", saved.name());
                onSaved.accept(saved);
            }
        });
        save.setId("lead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), save);
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        return field;
    }
}
