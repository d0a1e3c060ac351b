package org.mosaiccrm.platform.notification;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The notification centre. {@link #notify} is for modules' services (it needs no caller: a reminder
 * job has none); everything else acts for the calling user on their own notifications only.
 */
@ProviderType
public interface Notifications {

    /**
     * Keeps a notification for its user, shows it in their open tabs and mails it if they want that
     * kind by mail (through the outbox; nothing is mailed while no mail server is configured).
     */
    Notification notify(NewNotification notification);

    /** The caller's newest notifications, unread and read. */
    List<Notification> mine(int limit);

    /** How many of the caller's notifications are unread. */
    long unreadCount();

    /**
     * Marks one of the caller's notifications read.
     *
     * @throws org.mosaiccrm.platform.security.AccessDeniedException for one that is not the caller's (or none)
     */
    void markRead(long notificationId);

    /** Marks all the caller's notifications read; returns how many were unread. */
    int markAllRead();

    /** The kinds the installed modules send. */
    List<NotificationKind> kinds();

    /** The caller's choices (a kind not chosen yet shows its default). */
    NotificationSettings settings();

    /**
     * Saves the caller's choices.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException on {@code emailAddress} if it is not an address
     */
    NotificationSettings saveSettings(NotificationSettings settings);

    /** Whether mail can be sent at all (a mail server is configured). */
    boolean emailAvailable();
}
