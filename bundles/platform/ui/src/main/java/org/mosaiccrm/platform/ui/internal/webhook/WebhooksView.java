package org.mosaiccrm.platform.ui.internal.webhook;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.webhook.CreatedWebhook;
import org.mosaiccrm.platform.webhook.DeliveryState;
import org.mosaiccrm.platform.webhook.WebhookDelivery;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookState;
import org.mosaiccrm.platform.webhook.WebhookSubscription;
import org.mosaiccrm.platform.webhook.Webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Webhook subscriptions as an integration administrator keeps them: make one (its signing secret
 * shown once), change, pause and resume it, send a test event, give it a new secret, remove it; and
 * the delivery log of the one selected, where a failed delivery can be sent again.
 */
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/webhooks";

    private static final long serialVersionUID = 1L;
    private static final int LOG_SHOWN = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final transient Webhooks webhooks;
    private final Grid<WebhookSubscription> grid = new Grid<>();
    private final Grid<WebhookDelivery> log = new Grid<>();
    private final H3 logTitle = new H3();
    private final Button edit = new Button();
    private final Button pauseOrResume = new Button();
    private final Button ping = new Button();
    private final Button newSecret = new Button();
    private final Button delete = new Button();

    public WebhooksView(Webhooks webhooks) {
        this.webhooks = webhooks;
        setId("webhooks-view");
        setSizeFull();
        Paragraph about = new Paragraph(getTranslation("webhook.about"));
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "60em");

        Button create = new Button(getTranslation("webhook.new"), event -> openForm(null));
        create.setId("webhook-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action(edit, "webhook-edit", "webhook.edit", () -> openForm(selected()));
        action(pauseOrResume, "webhook-pause", "webhook.pause", this::pauseOrResume);
        action(ping, "webhook-ping", "webhook.ping", this::ping);
        action(newSecret, "webhook-secret", "webhook.newSecret", this::newSecret);
        action(delete, "webhook-delete", "webhook.delete", this::confirmDelete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(create, edit, pauseOrResume, ping, newSecret, delete);
        actions.setWrap(true);

        grid.setId("webhooks-grid");
        grid.addColumn(WebhookSubscription::name).setHeader(getTranslation("webhook.name")).setAutoWidth(true);
        grid.addColumn(WebhookSubscription::url).setHeader(getTranslation("webhook.url")).setFlexGrow(1);
        grid.addColumn(subscription -> String.join(", ", subscription.events())).setHeader(getTranslation("webhook.events"))
                .setFlexGrow(1);
        grid.addColumn(this::stateText).setHeader(getTranslation("webhook.state")).setAutoWidth(true);
        grid.addColumn(WebhookSubscription::failuresInRow).setHeader(getTranslation("webhook.failuresInRow")).setAutoWidth(true);
        grid.addColumn(WebhookSubscription::ownerName).setHeader(getTranslation("webhook.owner")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("webhook.none"));
        grid.setHeight("16em");
        grid.addSelectionListener(event -> showSelected());

        log.setId("webhook-deliveries");
        log.addColumn(delivery -> time(delivery.createdAt())).setHeader(getTranslation("webhook.delivery.created")).setAutoWidth(true);
        log.addColumn(WebhookDelivery::eventName).setHeader(getTranslation("webhook.delivery.event")).setAutoWidth(true);
        log.addColumn(delivery -> delivery.recordId() == 0 ? "" : String.valueOf(delivery.recordId()))
                .setHeader(getTranslation("webhook.delivery.record")).setAutoWidth(true);
        log.addColumn(delivery -> getTranslation("webhook.delivery.state." + delivery.state().name()))
                .setHeader(getTranslation("webhook.state")).setAutoWidth(true);
        log.addColumn(WebhookDelivery::attempts).setHeader(getTranslation("webhook.delivery.attempts")).setAutoWidth(true);
        log.addColumn(delivery -> delivery.lastStatus() == 0 ? "" : String.valueOf(delivery.lastStatus()))
                .setHeader(getTranslation("webhook.delivery.status")).setAutoWidth(true);
        log.addColumn(delivery -> delivery.state() == DeliveryState.DELIVERED ? time(delivery.deliveredAt())
                : time(delivery.nextAttemptAt())).setHeader(getTranslation("webhook.delivery.deliveredOrNext")).setAutoWidth(true);
        log.addColumn(WebhookDelivery::lastError).setHeader(getTranslation("webhook.delivery.error")).setFlexGrow(1);
        log.addComponentColumn(delivery -> {
            if (delivery.state() == DeliveryState.PENDING) {
                return new Span();
            }
            Button again = new Button(getTranslation("webhook.delivery.again"), event -> redeliver(delivery));
            again.setId("webhook-redeliver-" + delivery.id());
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return again;
        }).setAutoWidth(true);
        log.setEmptyStateText(getTranslation("webhook.delivery.none"));
        Button refresh = new Button(getTranslation("webhook.refresh"), event -> refresh());
        refresh.setId("webhook-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout logHeader = new HorizontalLayout(logTitle, refresh);
        logHeader.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("webhook.title")), about, actions, grid, logHeader, log);
        setFlexGrow(1, log);
        refresh();
    }

    private void action(Button button, String id, String key, Runnable run) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(event -> run.run());
    }

    private String stateText(WebhookSubscription subscription) {
        if (subscription.state() == WebhookState.ACTIVE) {
            return getTranslation("webhook.state.ACTIVE");
        }
        return getTranslation(subscription.pausedReason().isEmpty() ? "webhook.state.PAUSED" : "webhook.state.pausedByFailures");
    }

    private WebhookSubscription selected() {
        return grid.getSelectedItems().stream().findFirst().orElse(null);
    }

    private void refresh() {
        Long keep = selected() == null ? null : selected().id();
        List<WebhookSubscription> all = webhooks.subscriptions();
        grid.setItems(all);
        all.stream().filter(subscription -> keep != null && subscription.id() == keep).findFirst().ifPresent(grid::select);
        showSelected();
    }

    private void showSelected() {
        WebhookSubscription subscription = selected();
        boolean chosen = subscription != null;
        for (Button button : List.of(edit, pauseOrResume, ping, newSecret, delete)) {
            button.setEnabled(chosen);
        }
        pauseOrResume.setText(getTranslation(chosen && subscription.state() == WebhookState.PAUSED ? "webhook.resume" : "webhook.pause"));
        logTitle.setText(chosen ? getTranslation("webhook.deliveriesOf", subscription.name()) : getTranslation("webhook.deliveries"));
        log.setItems(chosen ? webhooks.deliveries(subscription.id(), LOG_SHOWN) : List.of());
    }

    private void openForm(WebhookSubscription existing) {
        List<WebhookEvent> offered = webhooks.events();
        new WebhookForm(offered, existing, webhook -> {
            if (existing == null) {
                CreatedWebhook created = webhooks.create(webhook);
                refresh();
                grid.select(created.subscription());
                showSecret(created);
            } else {
                call(() -> webhooks.update(existing.id(), webhook, existing.version()));
                refresh();
            }
        }).open();
    }

    /** The signing secret, shown this once. */
    private void showSecret(CreatedWebhook made) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("webhook.secretTitle", made.subscription().name()));
        TextArea secret = new TextArea(getTranslation("webhook.secret"));
        secret.setId("webhook-secret-value");
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidth("32em");
        Button done = new Button(getTranslation("webhook.secretDone"), event -> dialog.close());
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("webhook.secretOnce")), secret));
        dialog.getFooter().add(done);
        dialog.open();
        secret.focus();
    }

    private void pauseOrResume() {
        WebhookSubscription subscription = selected();
        WebhookSubscription after = call(() -> subscription.state() == WebhookState.PAUSED ? webhooks.resume(subscription.id())
                : webhooks.pause(subscription.id()));
        if (after != null) {
            tell(after.state() == WebhookState.PAUSED ? "webhook.paused" : "webhook.resumed", after.name());
        }
        refresh();
    }

    private void ping() {
        WebhookSubscription subscription = selected();
        if (call(() -> webhooks.ping(subscription.id())) != null) {
            tell("webhook.pinged", subscription.name());
        }
        refresh();
    }

    private void newSecret() {
        WebhookSubscription subscription = selected();
        confirm("webhook.newSecret", "webhook.newSecretConfirm", subscription, false, () -> {
            CreatedWebhook made = call(() -> webhooks.newSecret(subscription.id()));
            refresh();
            if (made != null) {
                showSecret(made);
            }
        });
    }

    private void confirmDelete() {
        WebhookSubscription subscription = selected();
        confirm("webhook.delete", "webhook.deleteConfirm", subscription, true, () -> {
            call(() -> {
                webhooks.delete(subscription.id());
                return subscription;
            });
            grid.deselectAll();
            refresh();
        });
    }

    private void confirm(String actionKey, String questionKey, WebhookSubscription subscription, boolean destructive,
            Runnable confirmed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(actionKey));
        dialog.add(new Paragraph(getTranslation(questionKey, subscription.name())));
        Button yes = new Button(getTranslation(actionKey), event -> {
            dialog.close();
            confirmed.run();
        });
        yes.setId("webhook-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button no = new Button(getTranslation("webhook.cancel"), event -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void redeliver(WebhookDelivery delivery) {
        if (call(() -> webhooks.redeliver(delivery.id())) != null) {
            tell("webhook.delivery.queued", delivery.eventName());
        }
        refresh();
    }

    /** Runs a change; a subscription gone or changed meanwhile, or a refusal, is said plainly and the list read again. */
    private <T> T call(Supplier<T> change) {
        try {
            return change.get();
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused);
        } catch (NoSuchElementException | OptimisticLockException gone) {
            Notification.show(getTranslation(gone.getMessage()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return null;
    }

    private void tell(String key, Object argument) {
        Notification.show(getTranslation(key, argument), 3000, Notification.Position.BOTTOM_START);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.title");
    }
}
