package org.mosaiccrm.platform.mail.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.mail.MailState;
import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.mail.OutboxMessage;
import org.mosaiccrm.platform.mail.OutgoingMail;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestClock;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The outbox on the build's database (Derby, or PostgreSQL in the postgresql execution) sending to
 * GreenMail, a real SMTP server on a free port of this machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutboxTest {

    private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");
    private static final MailTemplate GREETING = MailTemplate.load(MailOutboxTest.class, "test.greeting", "mail/greeting");
    private static final Map<String, Object> VALUES = Map.of("name", "王芳", "number", "Q-2026-0042", "customer", "北京星辰科技");

    private SecurityFixture security;
    private Subject operator;
    private Subject rep;
    private GreenMail smtp;
    private TestDatabase testDatabase;
    private ModuleDatabase database;
    private TestClock clock;

    @BeforeAll
    void users() {
        security = new SecurityFixture("mail");
        operator = security.user("olga", null, "user-admin");
        rep = security.user("ren", null, "sales-rep");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    void closeUsers() {
        smtp.stop();
        security.close();
    }

    @BeforeEach
    void open() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        testDatabase = TestDatabase.open("mail", "mail", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(MailOutboxService.unit()).close());
        database = new DataSourceModuleDatabases(testDatabase.dataSource(), security.modules()).open(MailOutboxService.unit());
        clock = new TestClock(NINE);
    }

    @AfterEach
    void close() {
        database.close();
        testDatabase.close();
    }

    private MailOutboxService outbox(int port) {
        SmtpServer server = new SmtpServer("127.0.0.1", port, SmtpServer.Security.NONE, "", "", "crm@mosaic.test",
                "Mosaic CRM", 5);
        return new MailOutboxService(database, security.policy, server, clock, 10, 3,
                Duration.ofMinutes(1));
    }

    private MailOutboxService toGreenMail() {
        return outbox(smtp.getSmtp().getPort());
    }

    private static OutgoingMail mail(String to, Locale locale) {
        return new OutgoingMail(to, "王芳", locale, GREETING, VALUES, "sales.quote:42");
    }

    @Test
    void aMailIsRenderedInTheRecipientsLanguageAndSentByTheNextRun() throws Exception {
        MailOutboxService outbox = toGreenMail();
        OutboxMessage queued = outbox.queue(mail("wang.fang@example.cn", Locale.SIMPLIFIED_CHINESE));
        assertEquals(MailState.QUEUED, queued.state());
        assertEquals(1, outbox.sendDue());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("报价单 Q-2026-0042（北京星辰科技）待审批", received[0].getSubject(), "UTF-8 subject");
        String body = GreenMailUtil.getBody(received[0]);
        assertTrue(received[0].getContent().toString().startsWith("王芳，您好："), received[0].getContent().toString());
        assertTrue(received[0].getContentType().toLowerCase(Locale.ROOT).contains("utf-8"), body);
        assertEquals("wang.fang@example.cn", ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
        assertEquals("王芳", ((InternetAddress) received[0].getAllRecipients()[0]).getPersonal());
        assertEquals("Mosaic CRM <crm@mosaic.test>", received[0].getFrom()[0].toString());
        assertEquals("auto-generated", received[0].getHeader("Auto-Submitted")[0], "auto-replies stay away");

        OutboxMessage sent = CurrentSubject.callAs(operator, () -> toGreenMail().messages(null, 10)).get(0);
        assertEquals(queued.id(), sent.id());
        assertEquals(MailState.SENT, sent.state());
        assertEquals(1, sent.attempts());
        assertEquals(NINE, sent.sentAt());
        assertEquals("zh", sent.language());
        assertEquals("test.greeting", sent.templateId());
        assertEquals("sales.quote:42", sent.reference());
    }

    @Test
    void aLanguageWithoutItsOwnTextGetsEnglish() throws Exception {
        MailOutboxService outbox = toGreenMail();
        outbox.queue(mail("anna@example.de", Locale.GERMAN));
        outbox.sendDue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Quote Q-2026-0042 for 北京星辰科技", received.getSubject());
        assertTrue(received.getContent().toString().startsWith("Dear 王芳,"));
    }

    @Test
    void aMergeValueWithALineBreakAddsNoHeader() throws Exception {
        Map<String, Object> values = Map.of("name", "x", "number", "1\r\nBcc: victim@example.com", "customer", "c");
        MailOutboxService outbox = toGreenMail();
        outbox.queue(new OutgoingMail("a@example.cn", "", Locale.ENGLISH, GREETING, values, ""));
        outbox.sendDue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals(1, received.getAllRecipients().length);
        assertEquals("Quote 1 Bcc: victim@example.com for c", received.getSubject());
        assertNull(received.getHeader("Bcc"));
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsQueued() {
        MailOutboxService outbox = toGreenMail();
        for (String address : new String[] { "", "wang.fang", "a@b@c", "Wang <w@example.cn>", "w@example.cn\r\nBcc: x@y.z" }) {
            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> outbox.queue(mail(address, Locale.ENGLISH)), address);
            assertEquals("to", refused.field());
            assertEquals("mail.error.address", refused.getMessage());
        }
        InputRefusedException missing = assertThrows(InputRefusedException.class, () -> outbox.queue(
                new OutgoingMail("a@example.cn", "", Locale.ENGLISH, GREETING, Map.of("name", "x"), "")));
        assertEquals("mail.error.template", missing.getMessage());
        assertEquals("test.greeting", missing.arguments()[0]);

        MailTemplate code = new MailTemplate("test.code", Map.of("en",
                "Subject: hi\n\n<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}"));
        assertEquals("mail.error.template", assertThrows(InputRefusedException.class,
                () -> outbox.queue(new OutgoingMail("a@example.cn", "", Locale.ENGLISH, code, Map.of(), ""))).getMessage(),
                "a template is text, not code");

        assertEquals(List.of(), CurrentSubject.callAs(operator, () -> outbox.messages(null, 10)));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsTriedAgainWithGrowingPausesThenGivenUpAndAnOperatorSendsItAgain() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailOutboxService down = outbox(closedPort);
        OutboxMessage queued = down.queue(mail("wang.fang@example.cn", Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, down.sendDue());
        OutboxMessage first = only(down);
        assertEquals(MailState.QUEUED, first.state());
        assertEquals(1, first.attempts());
        assertEquals(NINE.plus(Duration.ofMinutes(1)), first.nextAttemptAt());
        assertTrue(first.lastError().contains("127.0.0.1:" + closedPort), first.lastError());

        assertEquals(0, down.sendDue(), "not due yet: nothing is tried");
        assertEquals(1, only(down).attempts());
        clock.advance(Duration.ofMinutes(1));
        down.sendDue();
        assertEquals(NINE.plus(Duration.ofMinutes(1 + 2)), only(down).nextAttemptAt(), "the pause doubles");
        clock.advance(Duration.ofMinutes(2));
        down.sendDue();
        OutboxMessage given = only(down);
        assertEquals(MailState.FAILED, given.state(), "three attempts configured");
        assertEquals(3, given.attempts());
        assertNull(given.nextAttemptAt());

        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(rep, () -> down.retry(queued.id())));
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(rep, () -> down.messages(null, 10)));
        MailOutboxService up = toGreenMail();
        OutboxMessage again = CurrentSubject.callAs(operator, () -> up.retry(queued.id()));
        assertEquals(MailState.QUEUED, again.state());
        assertEquals(NINE.plus(Duration.ofMinutes(3)), again.nextAttemptAt(), "due at once");
        assertEquals(1, up.sendDue());
        assertEquals(MailState.SENT, only(up).state());
        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals("mail.error.notFailed", assertThrows(InputRefusedException.class,
                () -> CurrentSubject.callAs(operator, () -> up.retry(queued.id()))).getMessage());
    }

    @Test
    void withoutAServerMailWaitsAndTheCrmSaysSo() {
        MailOutboxService none = new MailOutboxService(database, security.policy, null, clock,
                10, 3, Duration.ofMinutes(1));
        assertFalse(none.serverConfigured());
        none.queue(mail("wang.fang@example.cn", Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, none.sendDue());
        assertEquals(MailState.QUEUED, only(none).state());
        assertEquals(0, only(none).attempts());

        MailOutboxService configured = toGreenMail();
        assertTrue(configured.serverConfigured());
        assertEquals(1, configured.sendDue(), "waiting mail goes once a server is there");
    }

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() throws Exception {
        MailOutboxService waiting = new MailOutboxService(database, security.policy, null,
                clock, 10, 3, Duration.ofMinutes(1));
        IntStream.range(0, 60).forEach(i -> waiting.queue(mail("user" + i + "@example.cn", Locale.ENGLISH)));
        MailOutboxService nodeA = toGreenMail();
        MailOutboxService nodeB = toGreenMail();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::sendDue);
        assertEquals(60, a.get() + b.get());
        assertEquals(60, smtp.getReceivedMessages().length);
        assertEquals(60, CurrentSubject.callAs(operator, () -> nodeA.messages(MailState.SENT, 100)).size());
    }

    private OutboxMessage only(MailOutboxService outbox) {
        List<OutboxMessage> messages = CurrentSubject.callAs(operator, () -> outbox.messages(null, 10));
        assertEquals(1, messages.size());
        assertNotNull(messages.get(0));
        return messages.get(0);
    }
}
