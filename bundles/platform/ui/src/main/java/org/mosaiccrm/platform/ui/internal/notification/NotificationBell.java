package org.mosaiccrm.platform.ui.internal.notification;

import java.util.Optional;
import java.util.function.Supplier;

import org.mosaiccrm.platform.notification.Notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The bell in the header: the signed-in user's unread count, a way to the notifications page. Kept on
 * its UI so that a notification pushed into the tab, or one marked read, updates it ({@link #refreshIn}).
 */
public final class NotificationBell extends Button {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<Optional<Notifications>> centre;
    private final Span count = new Span();

    public NotificationBell(Supplier<Optional<Notifications>> centre) {
        this.centre = centre;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        count.getStyle().set("margin-inline-start", "-0.4em").set("align-self", "flex-start");
        getElement().appendChild(count.getElement());
        addClickListener(event -> UI.getCurrent().navigate(NotificationsView.ROUTE));
        refresh();
    }

    /** Counts again (the caller's subject is the tab's user). */
    public void refresh() {
        Optional<Notifications> notifications = centre.get();
        setVisible(notifications.isPresent());
        long unread = notifications.map(Notifications::unreadCount).orElse(0L);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ComponentUtil.setData(event.getUI(), NotificationBell.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), NotificationBell.class) == this) {
            ComponentUtil.setData(event.getUI(), NotificationBell.class, null);
        }
        super.onDetach(event);
    }

    /** Updates the bell of {@code ui}, if it shows one; call inside the UI's access, with its user as the subject. */
    public static void refreshIn(UI ui) {
        NotificationBell bell = ComponentUtil.getData(ui, NotificationBell.class);
        if (bell != null) {
            bell.refresh();
        }
    }
}
