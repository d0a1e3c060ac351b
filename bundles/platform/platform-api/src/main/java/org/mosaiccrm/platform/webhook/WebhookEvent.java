package org.mosaiccrm.platform.webhook;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event a module offers to webhooks.
 *
 * @param name       what subscribers call it, {@code <module>.<record>.<what happened>} in lower case
 *                   ({@code "notes.note.created"}); unique in the system
 * @param topic      the EventAdmin topic the module posts it on ({@code org/mosaiccrm/notes/Note/CREATED})
 * @param permission the read permission of the record: a subscription hears of a record only while its
 *                   owner may read that record (permission and record scope)
 * @param labelKey   i18n key naming the event in the subscription form
 */
public record WebhookEvent(String name, String topic, String permission, String labelKey) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+){2,}");

    public WebhookEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(labelKey, "labelKey");
        if (name == null || !NAME.matcher(name).matches() || name.length() > 100) {
            throw new IllegalArgumentException("Webhook event name '" + name + "' is not <module>.<record>.<what happened>");
        }
    }
}
