package org.mosaiccrm.platform.ui.internal.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.mail.MailState;
import org.mosaiccrm.platform.mail.OutboxMessage;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The outbox as an operator sees it: the newest messages with their state, attempts, next attempt and
 * last error; a failed one can be sent again. Says plainly when no mail server is configured.
 */
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final transient MailOutbox outbox;
    private final ComboBox<MailState> state = new ComboBox<>();
    private final Grid<OutboxMessage> grid = new Grid<>();

    public OutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        setId("outbox-view");
        setSizeFull();
        add(new H2(getTranslation("mail.outbox.title")));
        if (!outbox.serverConfigured()) {
            Paragraph notConfigured = new Paragraph(getTranslation("mail.notConfigured"));
            notConfigured.setId("outbox-not-configured");
            notConfigured.getStyle().set("color", "var(--lumo-error-text-color)");
            add(notConfigured);
        }
        state.setId("outbox-state");
        state.setLabel(getTranslation("mail.outbox.state"));
        state.setItems(MailState.values());
        state.setItemLabelGenerator(value -> getTranslation("mail.state." + value.name()));
        state.setClearButtonVisible(true);
        state.setPlaceholder(getTranslation("mail.outbox.allStates"));
        state.addValueChangeListener(event -> load());
        Button refresh = new Button(getTranslation("mail.outbox.refresh"), event -> load());
        refresh.setId("outbox-refresh");
        HorizontalLayout filters = new HorizontalLayout(state, refresh);
        filters.setAlignItems(Alignment.BASELINE);

        grid.setId("outbox-grid");
        grid.addColumn(message -> time(message.queuedAt())).setHeader(getTranslation("mail.outbox.queuedAt")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::to).setHeader(getTranslation("mail.outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(1);
        grid.addColumn(message -> getTranslation("mail.state." + message.state().name()))
                .setHeader(getTranslation("mail.outbox.state")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("mail.outbox.attempts")).setAutoWidth(true);
        grid.addColumn(message -> message.state() == MailState.SENT ? time(message.sentAt()) : time(message.nextAttemptAt()))
                .setHeader(getTranslation("mail.outbox.sentOrNext")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::lastError).setHeader(getTranslation("mail.outbox.lastError")).setFlexGrow(1);
        grid.addComponentColumn(message -> {
            if (message.state() != MailState.FAILED) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button again = new Button(getTranslation("mail.outbox.retry"), event -> retry(message));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            again.setId("outbox-retry-" + message.id());
            return again;
        }).setAutoWidth(true);
        add(filters, grid);
        setFlexGrow(1, grid);
        load();
    }

    private void load() {
        grid.setItems(outbox.messages(state.getValue(), SHOWN));
    }

    private void retry(OutboxMessage message) {
        try {
            outbox.retry(message.id());
            Notification.show(getTranslation("mail.outbox.retried", message.to()));
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused);
        }
        load();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
