package org.mosaiccrm.platform.mail;

import java.time.Instant;

/**
 * A message in the outbox as operators see it (its body stays in the outbox).
 *
 * @param nextAttemptAt when it is tried next (QUEUED), or null
 * @param sentAt        when the server accepted it, or null
 * @param lastError     why the last attempt failed, or empty
 */
public record OutboxMessage(long id, String to, String subject, String language, String templateId, String reference,
        MailState state, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
