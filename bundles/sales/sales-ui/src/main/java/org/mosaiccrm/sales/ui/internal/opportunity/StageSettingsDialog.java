package org.mosaiccrm.sales.ui.internal.opportunity;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Stage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A manager's settings of the sales process: the stages in order with their default probabilities;
 * stages added, renamed, moved or removed, all saved at once (the service refuses removing a stage
 * open opportunities are in, and then nothing changes).
 */
class StageSettingsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** One editable stage; the code is empty for one being added. */
    private final class Row extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final TextField name = new TextField();
        private final IntegerField probability = new IntegerField();

        Row(Stage stage) {
            this.code = stage.code();
            addClassName("stage-row");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            name.addClassName("stage-name");
            name.setValue(stage.name());
            LengthLimit.apply(name, 60);
            name.setPlaceholder(stage.code().isEmpty() ? getTranslation("sales.stages.newName")
                    : getTranslation("sales.stage." + stage.code()));
            name.setWidth("16em");
            probability.addClassName("stage-probability");
            probability.setMin(0);
            probability.setMax(100);
            probability.setValue(stage.probability());
            probability.setSuffixComponent(new Span("%"));
            probability.setWidth("7em");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), event -> move(this, -1));
            up.addClassName("stage-up");
            up.setAriaLabel(getTranslation("sales.stages.up"));
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addClassName("stage-remove");
            remove.setAriaLabel(getTranslation("sales.stages.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(name, probability, up, remove);
        }

        Stage toStage(int position) {
            return new Stage(code, name.getValue(), probability.getValue() == null ? -1 : probability.getValue(), position);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    StageSettingsDialog(OpportunityService opportunities, Runnable onSaved) {
        setId("stages-dialog");
        setHeaderTitle(getTranslation("sales.stages.title"));
        setWidth("min(34em, 95vw)");
        add(new Paragraph(getTranslation("sales.stages.hint")));
        list.setPadding(false);
        list.setSpacing(false);
        opportunities.stages().forEach(stage -> append(new Row(stage)));
        add(list);
        Button add = new Button(getTranslation("sales.stages.add"), VaadinIcon.PLUS.create(), event -> append(new Row(new Stage("", "", 50, 0))));
        add.setId("stages-add");
        add(add);
        Button save = new Button(getTranslation("sales.save"), event -> {
            List<Stage> wanted = new ArrayList<>();
            rows.forEach(row -> wanted.add(row.toStage(wanted.size() + 1)));
            if (OpportunityUi.attempt(() -> opportunities.saveStages(wanted)) != null) {
                close();
                Attempt.done("sales.stages.saved");
                onSaved.run();
            }
        });
        save.setId("stages-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), save);
    }

    private void append(Row row) {
        rows.add(row);
        list.add(row);
    }

    private void move(Row row, int by) {
        int at = rows.indexOf(row);
        int to = at + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(at);
        rows.add(to, row);
        list.removeAll();
        rows.forEach(list::add);
    }
}
