package org.mosaiccrm.platform.mail;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's e-mail: mail is rendered when queued, kept in the outbox and sent in the background
 * through the SMTP server of the configuration {@code org.mosaiccrm.mail}, tried again with growing
 * pauses while the server is unreachable. Without a configured server the CRM runs as usual and mail
 * waits ({@link #serverConfigured()} lets a screen say so where mail would be sent).
 */
@ProviderType
public interface MailOutbox {

    /** Permission to see the outbox and send a failed message again. */
    String PERMISSION_ADMINISTER = "platform.mail.administer";

    /**
     * Renders {@code mail} in its recipient's language and queues it; it goes out after the caller's
     * transaction, whatever the caller's rights (the calling service has decided that it is sent).
     *
     * @return the queued message
     * @throws org.mosaiccrm.platform.InputRefusedException on the field {@code to} if the address is not
     *         one, on {@code template} if the template does not render with the values given
     */
    OutboxMessage queue(OutgoingMail mail);

    /** Whether an SMTP server is configured. */
    boolean serverConfigured();

    /**
     * The newest messages, of one state or of all (null).
     *
     * @throws org.mosaiccrm.platform.security.AccessDeniedException without {@link #PERMISSION_ADMINISTER}
     */
    List<OutboxMessage> messages(MailState state, int limit);

    /**
     * Queues a failed message again, to be tried at once.
     *
     * @throws org.mosaiccrm.platform.security.AccessDeniedException without {@link #PERMISSION_ADMINISTER}
     * @throws org.mosaiccrm.platform.InputRefusedException if it is not a failed message
     */
    OutboxMessage retry(long messageId);
}
