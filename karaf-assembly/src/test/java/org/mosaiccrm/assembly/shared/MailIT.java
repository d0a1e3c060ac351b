package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.mail.MailState;
import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.mail.OutboxMessage;
import org.mosaiccrm.platform.mail.OutgoingMail;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;

/**
 * E-mail in the running CRM: Angus Mail finds its SMTP provider inside OSGi (spifly), FreeMarker
 * renders a Chinese template, and the outbox hands the mail to GreenMail (the tests' real SMTP server,
 * in the test JVM, named in {@code etc/org.mosaiccrm.mail.cfg}); only the outbox's operators see it.
 */
public class MailIT extends SharedKarafTestSupport {

    private static final MailTemplate NOTICE = new MailTemplate("it.notice", Map.of(
            "en", "Subject: Hello ${name}\n\nA test from the CRM.",
            "zh", "Subject: ${name}，您好\n\n来自 CRM 的测试邮件。"));

    @Test
    public void aMailQueuedInTheCrmReachesTheMailServer() throws Exception {
        MailOutbox outbox = service(MailOutbox.class, 60);
        assertTrue("etc/org.mosaiccrm.mail.cfg names the server", outbox.serverConfigured());
        OutboxMessage queued = outbox.queue(new OutgoingMail("li.na@example.cn", "李娜", Locale.SIMPLIFIED_CHINESE, NOTICE,
                Map.of("name", "李娜"), "it:1"));
        assertEquals("李娜，您好", queued.subject());

        long deadline = System.currentTimeMillis() + 30_000;
        OutboxMessage now = queued;
        while (now.state() != MailState.SENT && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            now = asAdmin(() -> outbox.messages(null, 50)).stream().filter(m -> m.id() == queued.id()).findFirst().orElseThrow();
        }
        assertEquals("accepted by the server: " + now.lastError(), MailState.SENT, now.state());

        Subject rep = salesReps("mailrep")[0];
        assertThrows(AccessDeniedException.class, () -> as(rep, () -> outbox.messages(null, 10)));
    }
}
