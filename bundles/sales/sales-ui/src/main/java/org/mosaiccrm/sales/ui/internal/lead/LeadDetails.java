package org.mosaiccrm.sales.ui.internal.lead;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.DateInput;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.LeadTask;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** One lead: its facts and follow-up tasks; while open, edit, assign, plan a task, convert or disqualify. */
class LeadDetails extends Dialog {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** Reminder choices in minutes before the due time; -1 is none. */
    private static final List<Integer> REMIND = List.of(-1, 0, 15, 60, 1440);

    private final transient LeadUi ui;
    private final transient Lead lead;
    private final transient Runnable onChange;
    private final VerticalLayout tasks = new VerticalLayout();
    private final boolean mayEdit;

    LeadDetails(LeadUi ui, Lead lead, AccessPolicy policy, CustomerService customers, Runnable onChange) {
        this.ui = ui;
        this.lead = lead;
        this.onChange = onChange;
        this.mayEdit = lead.status() == LeadStatus.OPEN && policy.isPermitted(LeadService.PERMISSION_EDIT);
        setId("lead-details");
        setWidth("min(48em, 95vw)");
        setHeaderTitle(lead.name() + (lead.company().isEmpty() ? "" : " · " + lead.company()));
        Map<Long, String> workers = ui.workers();
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        fact(facts, "sales.lead.field.title", lead.title());
        fact(facts, "sales.lead.field.email", lead.email());
        fact(facts, "sales.lead.field.phone", lead.phone());
        fact(facts, "sales.lead.field.source", lead.source());
        fact(facts, "sales.lead.field.grade", getTranslation("sales.lead.grade." + lead.grade().name()) + " · "
                + getTranslation("sales.lead.field.score") + " " + lead.score());
        fact(facts, "sales.lead.field.owner", ui.ownerName(workers, lead.ownerId()));
        fact(facts, "sales.lead.field.notes", lead.notes());
        Span status = new Span(getTranslation("sales.lead.status." + lead.status().name())
                + (lead.disqualifyReason().isEmpty() ? "" : ": " + lead.disqualifyReason()));
        status.setId("lead-status");
        facts.add(status);
        tasks.setId("lead-tasks");
        tasks.setPadding(false);
        tasks.setSpacing(false);
        add(facts, new H4(getTranslation("sales.lead.tasks")), tasks);
        showTasks();
        Button close = new Button(getTranslation("sales.close"), event -> close());
        if (lead.status() == LeadStatus.CONVERTED && lead.customerId() != null) {
            Button customer = new Button(getTranslation("sales.lead.toCustomer"), event -> {
                close();
                UI.getCurrent().navigate("customers/" + lead.customerId());
            });
            customer.setId("lead-open-customer");
            getFooter().add(customer);
        }
        if (!mayEdit) {
            getFooter().add(close);
            return;
        }
        add(taskPlanner(), assignment(workers), disqualification());
        Button edit = new Button(getTranslation("sales.lead.edit"), event -> {
            close();
            new LeadForm(ui, lead, saved -> onChange.run()).open();
        });
        edit.setId("lead-edit");
        Button convert = new Button(getTranslation("sales.lead.convert"), event -> {
            close();
            new LeadConvertDialog(ui, lead, onChange).open();
        });
        convert.setId("lead-convert");
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        getFooter().add(close, edit, convert);
    }

    private void fact(VerticalLayout facts, String labelKey, String value) {
        if (value != null && !value.isEmpty()) {
            facts.add(new Span(getTranslation(labelKey) + ": " + value));
        }
    }

    private void showTasks() {
        tasks.removeAll();
        List<LeadTask> planned = ui.leads().tasks(lead.id());
        if (planned.isEmpty()) {
            tasks.add(new Span(getTranslation("sales.lead.tasks.none")));
        }
        for (LeadTask task : planned) {
            Checkbox done = new Checkbox(task.title() + " · " + getTranslation("sales.lead.task.due", TIME.format(task.dueAt()))
                    + (task.remindAt() == null ? "" : " · " + getTranslation("sales.lead.task.remindAt", TIME.format(task.remindAt()))));
            done.addClassName("lead-task");
            done.setValue(task.done());
            done.setReadOnly(task.done() || !mayEdit);
            done.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() && LeadUi.attempt(() -> ui.leads().completeTask(task.id())) != null) {
                    showTasks();
                }
            });
            tasks.add(done);
        }
    }

    private HorizontalLayout taskPlanner() {
        TextField title = new TextField(getTranslation("sales.lead.task.title"));
        title.setId("lead-task-title");
        DateTimePicker due = new DateTimePicker(getTranslation("sales.lead.task.dueAt"));
        due.setId("lead-task-due");
        due.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat(DateInput.DISPLAY_PATTERN));
        due.setValue(LocalDateTime.now().plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0));
        Select<Integer> remind = new Select<>();
        remind.setId("lead-task-remind");
        remind.setLabel(getTranslation("sales.lead.task.remind"));
        remind.setItems(REMIND);
        remind.setItemLabelGenerator(m -> getTranslation("sales.lead.task.remind." + m));
        remind.setValue(15);
        Button add = new Button(getTranslation("sales.lead.task.add"), event -> {
            if (due.getValue() == null) {
                LeadUi.error("sales.error.task.due");
                return;
            }
            LeadTask task = LeadUi.attempt(() -> ui.leads().addTask(lead.id(), title.getValue(),
                    due.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                    remind.getValue() == null || remind.getValue() < 0 ? null : Duration.ofMinutes(remind.getValue())));
            if (task != null) {
                title.clear();
                showTasks();
            }
        });
        add.setId("lead-task-add");
        HorizontalLayout planner = new HorizontalLayout(title, due, remind, add);
        planner.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        planner.setWrap(true);
        return planner;
    }

    private HorizontalLayout assignment(Map<Long, String> workers) {
        Select<Long> owner = new Select<>();
        owner.setId("lead-assign-to");
        owner.setLabel(getTranslation("sales.lead.assign"));
        owner.setItems(new ArrayList<>(workers.keySet()));
        owner.setItemLabelGenerator(id -> workers.getOrDefault(id, "#" + id));
        owner.setValue(workers.containsKey(lead.ownerId()) ? lead.ownerId() : null);
        Button assign = new Button(getTranslation("sales.lead.assign.do"), event -> {
            if (owner.getValue() == null) {
                return;
            }
            Lead assigned = LeadUi.attempt(() -> ui.leads().assign(lead.id(), owner.getValue(), lead.version()));
            if (assigned != null) {
                close();
                LeadUi.done("sales.lead.assigned", lead.name(), workers.get(owner.getValue()));
                onChange.run();
            }
        });
        assign.setId("lead-assign");
        HorizontalLayout row = new HorizontalLayout(owner, assign);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout disqualification() {
        TextField reason = new TextField(getTranslation("sales.lead.disqualify.reason"));
        reason.setId("lead-disqualify-reason");
        reason.setWidth("24em");
        Button disqualify = new Button(getTranslation("sales.lead.disqualify"), event -> {
            Lead ended = LeadUi.attempt(() -> ui.leads().disqualify(lead.id(), reason.getValue(), lead.version()));
            if (ended != null) {
                close();
                LeadUi.done("sales.lead.disqualified", ended.name());
                onChange.run();
            }
        });
        disqualify.setId("lead-disqualify");
        disqualify.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(reason, disqualify);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
