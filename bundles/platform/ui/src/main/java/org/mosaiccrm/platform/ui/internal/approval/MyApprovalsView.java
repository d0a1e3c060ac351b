package org.mosaiccrm.platform.ui.internal.approval;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovalRequest;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.security.UserDirectory.UserName;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.internal.MainLayout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * "My approvals" (我的审批): what waits for me — approve, reject, send back, add an approver, transfer —,
 * what I submitted (withdraw while pending), and what I decided. Records of an uninstalled module are
 * not listed (the engine leaves them out) and come back with it.
 */
public class MyApprovalsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "approvals";
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int POLL_MILLIS = 10_000;

    private final transient Approvals approvals;
    private final transient UserDirectory directory;
    private final Tab waitingTab = new Tab();
    private final Tab submittedTab = new Tab();
    private final Tab doneTab = new Tab();
    private final Grid<ApprovalTask> waiting = new Grid<>();
    private final Grid<ApprovalRequest> submitted = new Grid<>();
    private final Grid<ApprovalTask> done = new Grid<>();
    private com.vaadin.flow.shared.Registration polling;
    private long shownCount = -1;
    /** Who submitted, by user id: read once per listing, not once per row. */
    private Map<Long, String> names = Map.of();

    public MyApprovalsView(Approvals approvals, UserDirectory directory) {
        this.approvals = approvals;
        this.directory = directory;
        setId("my-approvals");
        setSizeFull();
        waitingTab.setId("approvals-tab-waiting");
        submittedTab.setId("approvals-tab-submitted");
        doneTab.setId("approvals-tab-done");
        Tabs tabs = new Tabs(waitingTab, submittedTab, doneTab);
        tabs.addSelectedChangeListener(event -> show(event.getSelectedTab()));

        waiting.setId("approvals-waiting");
        waiting.addComponentColumn(task -> recordLink(task.request())).setHeader(getTranslation("approval.record")).setAutoWidth(true)
                .setFlexGrow(1);
        waiting.addColumn(ApprovalTask::stepName).setHeader(getTranslation("approval.step")).setAutoWidth(true);
        waiting.addColumn(task -> names.getOrDefault(task.request().submitterId(), "")).setHeader(getTranslation("approval.submitter"))
                .setAutoWidth(true);
        waiting.addColumn(task -> time(task.createdAt())).setHeader(getTranslation("approval.since")).setAutoWidth(true);
        waiting.addComponentColumn(this::actions).setHeader(getTranslation("approval.actions")).setAutoWidth(true);
        waiting.setEmptyStateText(getTranslation("approval.noneWaiting"));

        submitted.setId("approvals-submitted");
        submitted.addComponentColumn(this::recordLink).setHeader(getTranslation("approval.record")).setFlexGrow(1);
        submitted.addColumn(request -> getTranslation("approval.state." + request.state().name()))
                .setHeader(getTranslation("approval.state")).setAutoWidth(true);
        submitted.addColumn(request -> time(request.submittedAt())).setHeader(getTranslation("approval.submittedAt")).setAutoWidth(true);
        submitted.addComponentColumn(request -> {
            Button withdraw = new Button(getTranslation("approval.withdraw"), event -> {
                try {
                    act(() -> approvals.withdraw(request.id()), "approval.withdrawn");
                } catch (InputRefusedException refused) {
                    InputRefusals.show(refused);
                }
            });
            withdraw.setId("approval-withdraw-" + request.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            withdraw.setVisible(request.state() == ApprovalRequest.State.PENDING);
            return withdraw;
        }).setAutoWidth(true);
        submitted.setEmptyStateText(getTranslation("approval.noneSubmitted"));

        done.setId("approvals-done");
        done.addComponentColumn(task -> recordLink(task.request())).setHeader(getTranslation("approval.record")).setFlexGrow(1);
        done.addColumn(ApprovalTask::stepName).setHeader(getTranslation("approval.step")).setAutoWidth(true);
        done.addColumn(task -> getTranslation("approval.task." + task.state().name())).setHeader(getTranslation("approval.decision"))
                .setAutoWidth(true);
        done.addColumn(ApprovalTask::comment).setHeader(getTranslation("approval.comment")).setFlexGrow(1);
        done.addColumn(task -> time(task.decidedAt())).setHeader(getTranslation("approval.decidedAt")).setAutoWidth(true);
        done.setEmptyStateText(getTranslation("approval.noneDone"));

        add(new H2(getTranslation("approval.my.title")), tabs, waiting, submitted, done, delegation());
        setFlexGrow(1, waiting, submitted, done);
        show(waitingTab);
    }

    /**
     * Kept on its UI so that a module coming or going lists again at once ({@link #refreshIn}); and
     * asked again every {@value #POLL_MILLIS} ms while open, so that what others decided shows without a reload.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        com.vaadin.flow.component.ComponentUtil.setData(ui, MyApprovalsView.class, this);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refreshIn(ui));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        UI ui = event.getUI();
        if (com.vaadin.flow.component.ComponentUtil.getData(ui, MyApprovalsView.class) == this) {
            com.vaadin.flow.component.ComponentUtil.setData(ui, MyApprovalsView.class, null);
            ui.setPollInterval(-1);
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(event);
    }

    /** While I am away, who approves for me: a deputy for a date range (the engine gives them my new tasks). */
    private com.vaadin.flow.component.details.Details delegation() {
        ComboBox<UserName> deputy = new ComboBox<>(getTranslation("approval.delegation.deputy"));
        deputy.setId("approval-deputy");
        deputy.setItems(directory.enabledUsers());
        deputy.setItemLabelGenerator(UserName::displayName);
        org.mosaiccrm.platform.ui.DateField from = new org.mosaiccrm.platform.ui.DateField(getTranslation("approval.delegation.from"));
        from.setId("approval-deputy-from");
        org.mosaiccrm.platform.ui.DateField to = new org.mosaiccrm.platform.ui.DateField(getTranslation("approval.delegation.to"));
        to.setId("approval-deputy-to");
        approvals.delegation().ifPresent(given -> {
            deputy.setValue(directory.enabledUsers().stream().filter(u -> u.id() == given.deputyId()).findFirst().orElse(null));
            from.setValue(given.from());
            to.setValue(given.to());
        });
        Button save = new Button(getTranslation("approval.delegation.save"), event -> {
            if (org.mosaiccrm.platform.ui.DateField.refuseUnreadable(from, to)) {
                return;
            }
            if (deputy.getValue() == null || from.getValue() == null || to.getValue() == null) {
                Notification.show(getTranslation("approval.delegation.incomplete"), 4000, Notification.Position.BOTTOM_START);
                return;
            }
            try {
                approvals.delegate(deputy.getValue().id(), from.getValue(), to.getValue());
                Notification.show(getTranslation("approval.delegation.saved", deputy.getValue().displayName()), 4000,
                        Notification.Position.BOTTOM_START);
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, Map.of("deputyId", deputy, "to", to));
            }
        });
        save.setId("approval-deputy-save");
        Button end = new Button(getTranslation("approval.delegation.end"), event -> {
            approvals.endDelegation();
            deputy.clear();
            from.clear();
            to.clear();
            Notification.show(getTranslation("approval.delegation.ended"), 3000, Notification.Position.BOTTOM_START);
        });
        end.setId("approval-deputy-end");
        HorizontalLayout form = new HorizontalLayout(deputy, from, to, save, end);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                getTranslation("approval.delegation.title"), form);
        details.setId("approval-delegation");
        return details;
    }

    /** Lists again on the page open in {@code ui}, if it shows this view (inside the UI's access, with its user). */
    public static void refreshIn(UI ui) {
        MyApprovalsView view = com.vaadin.flow.component.ComponentUtil.getData(ui, MyApprovalsView.class);
        if (view != null) {
            view.show(view.waitingTab.isSelected() ? view.waitingTab : view.submittedTab.isSelected() ? view.submittedTab
                    : view.doneTab);
        }
    }

    private void show(Tab tab) {
        long count = approvals.waitingForMeCount();
        waitingTab.setLabel(getTranslation("approval.tab.waiting", count));
        submittedTab.setLabel(getTranslation("approval.tab.submitted"));
        doneTab.setLabel(getTranslation("approval.tab.done"));
        waiting.setVisible(tab == waitingTab);
        submitted.setVisible(tab == submittedTab);
        done.setVisible(tab == doneTab);
        if (tab == waitingTab) {
            names = directory.enabledUsers().stream().collect(java.util.stream.Collectors.toMap(UserName::id, UserName::displayName));
            waiting.setItems(approvals.waitingForMe(SHOWN));
        } else if (tab == submittedTab) {
            submitted.setItems(approvals.submittedByMe(SHOWN));
        } else {
            done.setItems(approvals.doneByMe(SHOWN));
        }
        if (UI.getCurrent() != null && count != shownCount) {
            MainLayout.refreshCountsIn(UI.getCurrent()); // the menu is built again only when its count changed
        }
        shownCount = count;
    }

    private Button recordLink(ApprovalRequest request) {
        Button link = new Button(request.title(), event -> UI.getCurrent().navigate(request.route()));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.setId("approval-record-" + request.id());
        return link;
    }

    private HorizontalLayout actions(ApprovalTask task) {
        Button approve = new Button(getTranslation("approval.approve"), event -> withText(task, "approval.approve", false,
                text -> act(() -> approvals.approve(task.id(), text), "approval.approved")));
        approve.setId("approval-approve-" + task.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("approval.reject"), event -> withText(task, "approval.reject", true,
                text -> act(() -> approvals.reject(task.id(), text), "approval.rejected")));
        reject.setId("approval-reject-" + task.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button more = new Button(getTranslation("approval.more"), event -> more(task));
        more.setId("approval-more-" + task.id());
        more.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, reject, more);
    }

    /** Asks for a comment (optional) or a reason (required by the engine), then does {@code then}. */
    private void withText(ApprovalTask task, String titleKey, boolean reason, Consumer<String> then) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey) + " · " + task.request().title());
        TextArea text = new TextArea(getTranslation(reason ? "approval.reason" : "approval.comment"));
        text.setId("approval-text");
        text.setWidth("28em");
        text.setMaxLength(2000);
        Button ok = new Button(getTranslation(titleKey), event -> {
            try {
                then.accept(text.getValue());
                dialog.close();
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, Map.of("reason", text));
            }
        });
        ok.setId("approval-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("approval.cancel"), event -> dialog.close());
        dialog.add(text);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        text.focus();
    }

    /** Send back, add an approver before or after me, or hand the task to someone else. */
    private void more(ApprovalTask task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(task.request().title());
        RadioButtonGroup<String> what = new RadioButtonGroup<>(getTranslation("approval.more"));
        what.setId("approval-more-choice");
        what.setItems("ADD_BEFORE", "ADD_AFTER", "TRANSFER", "SEND_BACK");
        what.setItemLabelGenerator(choice -> getTranslation("approval.more." + choice));
        what.setValue("ADD_BEFORE");
        ComboBox<UserName> person = new ComboBox<>(getTranslation("approval.person"));
        person.setId("approval-person");
        person.setItems(directory.enabledUsers());
        person.setItemLabelGenerator(UserName::displayName);
        person.setWidth("20em");
        TextArea text = new TextArea(getTranslation("approval.commentOrReason"));
        text.setId("approval-more-text");
        text.setWidth("28em");
        what.addValueChangeListener(event -> person.setVisible(!"SEND_BACK".equals(event.getValue())));
        Button ok = new Button(getTranslation("approval.do"), event -> {
            try {
                String choice = what.getValue();
                if (!"SEND_BACK".equals(choice) && person.getValue() == null) {
                    person.setErrorMessage(getTranslation("approval.error.choosePerson"));
                    person.setInvalid(true);
                    return;
                }
                switch (choice) {
                    case "ADD_BEFORE" -> act(() -> approvals.addApprover(task.id(), person.getValue().id(), true), "approval.added");
                    case "ADD_AFTER" -> act(() -> approvals.addApprover(task.id(), person.getValue().id(), false), "approval.added");
                    case "TRANSFER" -> act(() -> approvals.transfer(task.id(), person.getValue().id(), text.getValue()),
                            "approval.transferred");
                    default -> act(() -> approvals.sendBack(task.id(), -1, text.getValue()), "approval.sentBack");
                }
                dialog.close();
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, Map.of("reason", text, "userId", person, "toStep", text));
            }
        });
        ok.setId("approval-more-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(what, person, text));
        dialog.getFooter().add(new Button(getTranslation("approval.cancel"), event -> dialog.close()), ok);
        dialog.open();
    }

    /** Does an action and lists again; a refusal (a reason missing, someone came first) is shown, the lists stay. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START);
        } finally {
            show(waitingTab.isSelected() ? waitingTab : submittedTab.isSelected() ? submittedTab : doneTab);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.my.title");
    }
}
