package org.mosaiccrm.platform.ui.internal.approval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.StepCondition;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.security.UserDirectory.UserName;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** One step of a flow in the editor: its name, mode, approvers, condition, fallback and time limit. */
final class StepEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The condition's field choice meaning "always". */
    private static final String ALWAYS = "";

    private final H4 title = new H4();
    private final TextField name = new TextField();
    private final Select<StepMode> mode = new Select<>();
    private final Select<ApproverRule.Kind> kind = new Select<>();
    private final MultiSelectComboBox<UserName> users = new MultiSelectComboBox<>();
    private final TextField role = new TextField();
    private final IntegerField levels = new IntegerField();
    private final Select<String> field = new Select<>();
    private final Select<StepCondition.Operator> operator = new Select<>();
    private final TextField value = new TextField();
    private final ComboBox<UserName> fallback = new ComboBox<>();
    private final Checkbox autoPass = new Checkbox();
    private final IntegerField limitHours = new IntegerField();

    StepEditor(List<UserName> people, List<ApprovalField> fields, ApprovalStep step, Runnable remove, Runnable up) {
        setPadding(false);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        name.setLabel(getTranslation("approval.flows.stepName"));
        name.setMaxLength(200);
        mode.setLabel(getTranslation("approval.flows.mode"));
        mode.setItems(StepMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("approval.mode." + m.name()));
        kind.setLabel(getTranslation("approval.flows.approvers"));
        kind.setItems(ApproverRule.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("approval.kind." + k.name()));
        users.setLabel(getTranslation("approval.flows.users"));
        users.setItems(people);
        users.setItemLabelGenerator(UserName::displayName);
        role.setLabel(getTranslation("approval.flows.role"));
        role.setHelperText(getTranslation("approval.flows.roleHelp"));
        levels.setLabel(getTranslation("approval.flows.levels"));
        levels.setMin(1);
        levels.setMax(5);
        levels.setStepButtonsVisible(true);
        field.setLabel(getTranslation("approval.flows.condition"));
        List<String> fieldNames = new ArrayList<>(List.of(ALWAYS));
        fields.forEach(f -> fieldNames.add(f.name()));
        field.setItems(fieldNames);
        field.setItemLabelGenerator(f -> f.isEmpty() ? getTranslation("approval.flows.always")
                : fields.stream().filter(x -> x.name().equals(f)).findFirst().map(x -> getTranslation(x.labelKey())).orElse(f));
        operator.setLabel(getTranslation("approval.flows.operator"));
        operator.setItems(StepCondition.Operator.values());
        operator.setItemLabelGenerator(o -> getTranslation("approval.operator." + o.name()));
        value.setLabel(getTranslation("approval.flows.value"));
        value.setHelperText(getTranslation("approval.flows.valueHelp"));
        fallback.setLabel(getTranslation("approval.flows.fallback"));
        fallback.setItems(people);
        fallback.setItemLabelGenerator(UserName::displayName);
        fallback.setClearButtonVisible(true);
        autoPass.setLabel(getTranslation("approval.flows.autoPass"));
        limitHours.setLabel(getTranslation("approval.flows.limitHours"));
        limitHours.setHelperText(getTranslation("approval.flows.limitHelp"));
        limitHours.setMin(0);

        kind.addValueChangeListener(event -> showKind());
        field.addValueChangeListener(event -> showCondition());
        Button removeButton = new Button(VaadinIcon.TRASH.create(), event -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeButton.setAriaLabel(getTranslation("approval.flows.removeStep"));
        Button upButton = new Button(VaadinIcon.ARROW_UP.create(), event -> up.run());
        upButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        upButton.setAriaLabel(getTranslation("approval.flows.moveUp"));
        HorizontalLayout head = new HorizontalLayout(title, upButton, removeButton);
        head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        FormLayout form = new FormLayout(name, mode, kind, users, role, levels, field, operator, value, fallback, limitHours, autoPass);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(head, form);

        ApprovalStep shown = step != null ? step
                : new ApprovalStep("", ApproverRule.teamLead(1), StepMode.SEQUENTIAL, null, null, false, 0);
        name.setValue(shown.name());
        mode.setValue(shown.mode());
        kind.setValue(shown.approvers().kind());
        users.setValue(people.stream().filter(p -> shown.approvers().userIds().contains(p.id())).toList());
        role.setValue(shown.approvers().role());
        levels.setValue(Math.max(1, shown.approvers().levels()));
        field.setValue(shown.condition() == null ? ALWAYS : shown.condition().field());
        operator.setValue(shown.condition() == null ? StepCondition.Operator.AT_LEAST : shown.condition().operator());
        value.setValue(shown.condition() == null ? "" : String.join(", ", shown.condition().values()));
        fallback.setValue(people.stream().filter(p -> Objects.equals(p.id(), shown.fallbackUserId())).findFirst().orElse(null));
        autoPass.setValue(shown.autoPass());
        limitHours.setValue(shown.limitHours());
        showKind();
        showCondition();
    }

    /** Numbers the step ({@code number} from 1) and names its fields for tests and screen readers. */
    void number(int number) {
        title.setText(getTranslation("approval.flows.step", number));
        setId("flow-step-" + number);
        name.setId("flow-step-" + number + "-name");
        mode.setId("flow-step-" + number + "-mode");
        kind.setId("flow-step-" + number + "-kind");
        users.setId("flow-step-" + number + "-users");
        role.setId("flow-step-" + number + "-role");
        levels.setId("flow-step-" + number + "-levels");
        field.setId("flow-step-" + number + "-field");
        operator.setId("flow-step-" + number + "-operator");
        value.setId("flow-step-" + number + "-value");
        fallback.setId("flow-step-" + number + "-fallback");
        limitHours.setId("flow-step-" + number + "-limit");
        autoPass.setId("flow-step-" + number + "-autopass");
    }

    private void showKind() {
        users.setVisible(kind.getValue() == ApproverRule.Kind.USERS);
        role.setVisible(kind.getValue() == ApproverRule.Kind.ROLE);
        levels.setVisible(kind.getValue() == ApproverRule.Kind.TEAM_LEAD);
    }

    private void showCondition() {
        boolean conditional = field.getValue() != null && !field.getValue().isEmpty();
        operator.setVisible(conditional);
        value.setVisible(conditional);
    }

    /** The step as entered (the engine checks it when the flow is saved). */
    ApprovalStep toStep() {
        ApproverRule rule = switch (kind.getValue()) {
            case USERS -> new ApproverRule(ApproverRule.Kind.USERS, users.getValue().stream().map(UserName::id).toList(), "", 0);
            case ROLE -> ApproverRule.role(role.getValue().strip());
            case TEAM_LEAD -> ApproverRule.teamLead(levels.getValue() == null ? 0 : levels.getValue());
        };
        StepCondition condition = field.getValue() == null || field.getValue().isEmpty() ? null
                : new StepCondition(field.getValue(), operator.getValue(), operator.getValue() == StepCondition.Operator.IN
                        ? Arrays.stream(value.getValue().split("[,，]")).map(String::strip).filter(v -> !v.isEmpty()).toList()
                        : List.of(value.getValue().strip()));
        return new ApprovalStep(name.getValue().strip(), rule, mode.getValue(), condition,
                fallback.getValue() == null ? null : fallback.getValue().id(), autoPass.getValue(),
                limitHours.getValue() == null ? 0 : limitHours.getValue());
    }
}
