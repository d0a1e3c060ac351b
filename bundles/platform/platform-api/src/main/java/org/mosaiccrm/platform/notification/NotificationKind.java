package org.mosaiccrm.platform.notification;

import java.util.Objects;

import org.mosaiccrm.platform.mail.MailTemplate;

/**
 * A kind of notification a module sends ("a task of yours is due", "a record waits for your approval").
 *
 * @param id             unique, prefixed with the module's id ({@code "<module>.task-reminder"})
 * @param labelKey       i18n key naming the kind in the user's settings
 * @param emailByDefault whether it is mailed to a user who has not chosen
 * @param mail           its mail text; the template gets {@code args} (the notification's arguments, a list)
 *                       and {@code link} (the record's address in the CRM); null: never mailed
 */
public record NotificationKind(String id, String labelKey, boolean emailByDefault, MailTemplate mail) {

    public NotificationKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
