package org.mosaiccrm.platform.ui.internal.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.notification.Notification;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.notification.NotificationSettings;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The signed-in user's notifications, newest first, unread in bold: each leads to its record and is
 * then read; all can be marked read. Below, the user's mail choices: the address, and per kind
 * whether it is mailed — saying so when the CRM has no mail server.
 */
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "notifications";
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient Notifications notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final EmailField address = new EmailField();
    private final Map<String, Checkbox> byKind = new LinkedHashMap<>();

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        setId("notifications-view");
        setSizeFull();
        Button allRead = new Button(getTranslation("notification.markAllRead"), event -> {
            notifications.markAllRead();
            load();
        });
        allRead.setId("notifications-all-read");
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("notification.title")), allRead);
        head.setAlignItems(Alignment.BASELINE);

        grid.setId("notifications-grid");
        grid.addComponentColumn(this::text).setHeader(getTranslation("notification.text")).setFlexGrow(1);
        grid.addColumn(n -> TIME.format(n.createdAt().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("notification.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notification.none"));
        add(head, grid, settings());
        setFlexGrow(1, grid);
        load();
    }

    /** The text, a button that leads to the record (and marks it read), or marks it read where it leads nowhere. */
    private Button text(Notification notification) {
        Button text = new Button(getTranslation(notification.textKey(), notification.args().toArray()), event -> {
            read(notification);
            if (!notification.route().isEmpty()) {
                UI.getCurrent().navigate(notification.route());
            } else {
                load();
            }
        });
        text.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        text.setId("notification-" + notification.id());
        text.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto");
        if (!notification.read()) {
            text.getStyle().set("font-weight", "600");
            text.getElement().setAttribute("data-unread", "true");
        } else {
            text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return text;
    }

    private void read(Notification notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
            NotificationBell.refreshIn(UI.getCurrent());
        }
    }

    private void load() {
        grid.setItems(notifications.mine(SHOWN));
        NotificationBell.refreshIn(UI.getCurrent());
    }

    private Details settings() {
        NotificationSettings settings = notifications.settings();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (!notifications.emailAvailable()) {
            Paragraph off = new Paragraph(getTranslation("notification.email.notConfigured"));
            off.setId("notifications-email-off");
            off.getStyle().set("color", "var(--lumo-secondary-text-color)");
            content.add(off);
        }
        address.setId("notifications-email");
        address.setLabel(getTranslation("notification.email.address"));
        address.setHelperText(getTranslation("notification.email.addressHelp"));
        address.setValue(settings.emailAddress());
        address.setWidth("22em");
        content.add(address);
        for (NotificationKind kind : notifications.kinds()) {
            if (kind.mail() == null) {
                continue;
            }
            Checkbox mailed = new Checkbox(getTranslation(kind.labelKey()), settings.emailByKind().getOrDefault(kind.id(), kind.emailByDefault()));
            mailed.setId("notifications-kind-" + kind.id().replace('.', '-'));
            byKind.put(kind.id(), mailed);
            content.add(mailed);
        }
        Button save = new Button(getTranslation("notification.email.save"), event -> save());
        save.setId("notifications-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(save);
        Details details = new Details(getTranslation("notification.email.title"), content);
        details.setId("notifications-settings");
        details.setOpened(settings.emailAddress().isEmpty());
        return details;
    }

    private void save() {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        byKind.forEach((kind, box) -> choices.put(kind, box.getValue()));
        Locale locale = UI.getCurrent().getLocale();
        try {
            notifications.saveSettings(new NotificationSettings(address.getValue(), locale.getLanguage(), choices));
            address.setInvalid(false);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("notification.email.saved"), 3000,
                    Position.BOTTOM_START);
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused, Map.of("emailAddress", address));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
