package org.mosaiccrm.customer.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.customer.Interaction;
import org.mosaiccrm.customer.InteractionKind;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.platform.ui.DateField;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A customer's timeline (跟进记录): a form to record a call, email, meeting, visit or note with its
 * outcome, next step and follow-up date, and the entries newest first, a page at a time.
 */
class TimelinePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final transient InteractionService interactions;
    private final long customerId;
    private final Select<InteractionKind> kind = new Select<>();
    private final TextArea summary = new TextArea();
    private final TextField outcome = new TextField();
    private final TextField nextStep = new TextField();
    private final DateField followUp = new DateField(null);
    private final VerticalLayout entries = new VerticalLayout();
    private final Button more = new Button();
    private PageCursor next;

    TimelinePanel(InteractionService interactions, long customerId) {
        this.interactions = interactions;
        this.customerId = customerId;
        setId("customer-timeline");
        setPadding(false);
        kind.setId("interaction-kind");
        kind.setLabel(getTranslation("interaction.kind"));
        kind.setItems(InteractionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("interaction.kind." + k.name()));
        kind.setValue(InteractionKind.CALL);
        summary.setId("interaction-summary");
        summary.setLabel(getTranslation("interaction.summary"));
        LengthLimit.apply(summary, InteractionService.MAX_TEXT);
        outcome.setId("interaction-outcome");
        outcome.setLabel(getTranslation("interaction.outcome"));
        LengthLimit.apply(outcome, InteractionService.MAX_TEXT);
        nextStep.setId("interaction-next-step");
        nextStep.setLabel(getTranslation("interaction.nextStep"));
        LengthLimit.apply(nextStep, InteractionService.MAX_TEXT);
        followUp.setId("interaction-follow-up");
        followUp.setLabel(getTranslation("interaction.followUpOn"));
        followUp.setMin(LocalDate.now());
        Button save = new Button(getTranslation("interaction.record"), e -> record());
        save.setId("interaction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, followUp, summary, outcome, nextStep);
        form.setColspan(summary, 2);
        entries.setId("timeline-entries");
        entries.setPadding(false);
        more.setText(getTranslation("interaction.more"));
        more.addClickListener(e -> loadMore());
        add(form, save, entries, more);
        reload();
    }

    private void record() {
        Map<String, HasValidation> fields = Map.of("kind", kind, "summary", summary, "outcome", outcome,
                "nextStep", nextStep, "followUpOn", followUp);
        fields.values().forEach(f -> f.setInvalid(false));
        if (followUp.refuseUnreadable()) {
            return;
        }
        try {
            interactions.record(new NewInteraction(customerId, null, kind.getValue(), null, summary.getValue(),
                    outcome.getValue(), nextStep.getValue(), followUp.getValue()));
            summary.clear();
            outcome.clear();
            nextStep.clear();
            followUp.clear();
            Notification.show(getTranslation("interaction.recorded")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InputRefusedException e) {
            InputRefusals.show(e, fields);
        }
    }

    private void reload() {
        entries.removeAll();
        next = null;
        loadPage(null);
    }

    private void loadMore() {
        if (next != null) {
            loadPage(next);
        }
    }

    private void loadPage(PageCursor after) {
        Page<Interaction> page = interactions.timeline(customerId, after, PAGE);
        page.items().forEach(i -> entries.add(entry(i)));
        if (after == null && page.items().isEmpty()) {
            entries.add(new Paragraph(getTranslation("interaction.none")));
        }
        next = page.next();
        more.setVisible(next != null);
    }

    private Div entry(Interaction interaction) {
        Div entry = new Div();
        entry.addClassName("timeline-entry");
        entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-m)");
        Span head = new Span(WHEN.format(interaction.occurredAt()) + " · " + getTranslation("interaction.kind." + interaction.kind().name())
                + " · " + interaction.userName());
        head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph body = new Paragraph(interaction.summary());
        body.addClassName("timeline-summary");
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        entry.add(head, body);
        if (!interaction.outcome().isEmpty()) {
            entry.add(new Paragraph(getTranslation("interaction.outcome") + ": " + interaction.outcome()));
        }
        if (!interaction.nextStep().isEmpty() || interaction.followUpOn() != null) {
            entry.add(new Paragraph(getTranslation("interaction.nextStep") + ": " + interaction.nextStep()
                    + (interaction.followUpOn() == null ? "" : " (" + interaction.followUpOn() + ")")));
        }
        return entry;
    }
}
