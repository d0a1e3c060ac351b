package org.mosaiccrm.platform.notifications.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notification;

/** A notification kept for its user: its row in {@code PLT_NOTIFICATION}. */
@Entity
@Table(name = "PLT_NOTIFICATION")
public class NotificationRow {

    /** Between the arguments in {@code ARGS}: the ASCII unit separator, which no typed text holds. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_notification_seq")
    @SequenceGenerator(name = "plt_notification_seq", sequenceName = "PLT_NOTIFICATION_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "USER_ID")
    private long userId;
    @Column(name = "KIND")
    private String kind;
    @Column(name = "TEXT_KEY")
    private String textKey;
    @Column(name = "ARGS")
    private String args;
    @Column(name = "ROUTE")
    private String route;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Column(name = "READ_AT")
    private Instant readAt;

    protected NotificationRow() {
        // for JPA
    }

    NotificationRow(NewNotification notification, Instant now) {
        this.userId = notification.userId();
        this.kind = notification.kind();
        this.textKey = notification.textKey();
        this.args = String.join(SEPARATOR, notification.args().stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
        if (this.args.length() > 2000) {
            this.args = this.args.substring(0, 2000);
        }
        this.route = notification.route().length() > 300 ? "" : notification.route();
        this.createdAt = now;
    }

    long userId() {
        return userId;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Notification toNotification() {
        List<String> values = args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
        return new Notification(id, userId, kind, textKey, values, route, createdAt, readAt);
    }
}
