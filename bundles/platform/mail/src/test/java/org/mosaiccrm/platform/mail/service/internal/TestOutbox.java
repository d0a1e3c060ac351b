package org.mosaiccrm.platform.mail.service.internal;

import java.time.Clock;
import java.time.Duration;

import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;

/** The real outbox for other bundles' tests (test-jar): sending to an SMTP server on this machine (GreenMail), or to none. */
public final class TestOutbox {

    private TestOutbox() {
    }

    /** An outbox on {@code database} (migrated with {@link MailOutboxService#unit()}) sending to 127.0.0.1:{@code port}, no TLS. */
    public static MailOutbox toSmtp(ModuleDatabase database, AccessPolicy access, int port, Clock clock) {
        SmtpServer server = new SmtpServer("127.0.0.1", port, SmtpServer.Security.NONE, "", "", "crm@mosaic.test",
                "Mosaic CRM", 5);
        return new MailOutboxService(database, access, server, clock, 100, 3, Duration.ofMinutes(1));
    }

    /** An outbox without a mail server: mail waits. */
    public static MailOutbox withoutServer(ModuleDatabase database, AccessPolicy access, Clock clock) {
        return new MailOutboxService(database, access, null, clock, 100, 3, Duration.ofMinutes(1));
    }

    /** What the scheduled job does: sends what is due; returns how many were accepted. */
    public static int sendDue(MailOutbox outbox) {
        return ((MailOutboxService) outbox).sendDue();
    }
}
