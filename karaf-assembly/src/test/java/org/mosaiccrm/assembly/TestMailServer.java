package org.mosaiccrm.assembly;

import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail, a real SMTP server, in the test JVM (never inside the CRM): the CRMs under test send
 * their mail to it through {@code etc/org.mosaiccrm.mail.cfg}, and tests read what arrived.
 */
public final class TestMailServer {

    public static final String FROM = "crm@mosaic.test";

    private static GreenMail server;

    private TestMailServer() {
    }

    /** The one server of this JVM, started on a free port at first use. */
    public static synchronized GreenMail shared() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        }
        return server;
    }

    /** What {@code etc/org.mosaiccrm.mail.cfg} says to send through the shared server. */
    public static Map<String, String> configuration() {
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("host", "127.0.0.1");
        cfg.put("port", String.valueOf(shared().getSmtp().getPort()));
        cfg.put("security", "none");
        cfg.put("fromAddress", FROM);
        cfg.put("mosaic.job.schedule", "0/2 * * * * ?");
        return cfg;
    }

    /** Subjects of the mails the shared server received for {@code address}, in the order they came. */
    public static java.util.List<String> subjectsTo(String address) {
        java.util.List<String> subjects = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : shared().getReceivedMessages()) {
            try {
                if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address))) {
                    subjects.add(message.getSubject());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }
}
