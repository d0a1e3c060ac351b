package org.mosaiccrm.platform.ui.internal.approval;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovalFlow;
import org.mosaiccrm.platform.approval.ApprovalFlows;
import org.mosaiccrm.platform.approval.ApprovalFlows.ApprovableType;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.security.UserDirectory.UserName;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The process administrator's flow editor: for an approvable type, the flow's ordered steps as forms.
 * Saving makes a new version (records in flight keep theirs); switching a flow off makes records of
 * that type need no approval.
 */
public class FlowEditorView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ApprovalFlows flows;
    private final transient List<UserName> people;
    private final Select<ApprovableType> type = new Select<>();
    private final TextField name = new TextField();
    private final Paragraph version = new Paragraph();
    private final VerticalLayout stepList = new VerticalLayout();
    private final List<StepEditor> steps = new ArrayList<>();

    public FlowEditorView(ApprovalFlows flows, UserDirectory directory) {
        this.flows = flows;
        this.people = directory.enabledUsers();
        setId("flow-editor");
        type.setId("flow-type");
        type.setLabel(getTranslation("approval.flows.type"));
        type.setItems(flows.types());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.addValueChangeListener(event -> load());
        name.setId("flow-name");
        name.setLabel(getTranslation("approval.flows.name"));
        name.setWidth("24em");
        version.setId("flow-version");
        stepList.setPadding(false);
        Button addStep = new Button(getTranslation("approval.flows.addStep"), VaadinIcon.PLUS.create(), event -> addStep(null));
        addStep.setId("flow-add-step");
        Button save = new Button(getTranslation("approval.flows.save"), event -> save());
        save.setId("flow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button off = new Button(getTranslation("approval.flows.deactivate"), event -> deactivate());
        off.setId("flow-deactivate");
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("approval.flows.title")), new HorizontalLayout(type, name), version, stepList,
                new HorizontalLayout(addStep, save, off));
        flows.types().stream().findFirst().ifPresent(type::setValue);
    }

    private void load() {
        steps.clear();
        stepList.removeAll();
        ApprovableType chosen = type.getValue();
        Optional<ApprovalFlow> flow = chosen == null ? Optional.empty() : flows.flow(chosen.recordType());
        name.setValue(flow.map(ApprovalFlow::name).orElse(""));
        // the flow a module ships names no person: it is said to come with the module
        version.setText(flow.map(f -> getTranslation(!f.active() ? "approval.flows.versionOff"
                : f.shipped() ? "approval.flows.versionShipped" : "approval.flows.version", f.version(), f.savedBy(),
                TIME.format(f.savedAt().atZone(ZoneId.systemDefault())))).orElse(getTranslation("approval.flows.none")));
        flow.filter(ApprovalFlow::active).ifPresent(f -> f.steps().forEach(this::addStep));
        if (steps.isEmpty()) {
            addStep(null);
        }
    }

    private void addStep(ApprovalStep step) {
        if (type.getValue() == null) {
            return;
        }
        StepEditor[] editor = new StepEditor[1];
        editor[0] = new StepEditor(people, type.getValue().fields(), step, () -> {
            steps.remove(editor[0]);
            renumber();
        }, () -> {
            int at = steps.indexOf(editor[0]);
            if (at > 0) {
                steps.remove(at);
                steps.add(at - 1, editor[0]);
                renumber();
            }
        });
        steps.add(editor[0]);
        renumber();
    }

    private void renumber() {
        stepList.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).number(i + 1);
            stepList.add(steps.get(i));
        }
    }

    private void save() {
        if (type.getValue() == null) {
            return;
        }
        try {
            ApprovalFlow saved = flows.save(type.getValue().recordType(), name.getValue(), steps.stream().map(StepEditor::toStep).toList());
            Notification.show(getTranslation("approval.flows.saved", saved.version()), 4000, Notification.Position.BOTTOM_START);
            load();
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused, java.util.Map.of("name", name));
        }
    }

    private void deactivate() {
        try {
            ApprovalFlow off = flows.deactivate(type.getValue().recordType());
            Notification.show(getTranslation("approval.flows.deactivated", off.version()), 4000, Notification.Position.BOTTOM_START);
            load();
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.flows.title");
    }
}
