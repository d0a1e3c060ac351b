package org.mosaiccrm.platform.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.event.UserNotices;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.mail.service.internal.MailOutboxService;
import org.mosaiccrm.platform.mail.service.internal.TestOutbox;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notification;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.mosaiccrm.platform.notification.NotificationSettings;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestClock;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The notification centre on the build's database, mailing through the real outbox to GreenMail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationServiceTest {

    private static final NotificationKind APPROVAL = new NotificationKind("test.approval", "test.approval.kind", true,
            MailTemplate.load(NotificationServiceTest.class, "test.approval", "mail/approval"));
    private static final NotificationKind DIGEST = new NotificationKind("test.digest", "test.digest.kind", false,
            MailTemplate.load(NotificationServiceTest.class, "test.approval", "mail/approval"));
    private static final NotificationKinds KINDS = () -> List.of(APPROVAL, DIGEST);

    private SecurityFixture security;
    private Subject lead;
    private Subject rep;
    private GreenMail smtp;
    private TestDatabase notificationsDatabase;
    private TestDatabase mailDatabase;
    private ModuleDatabase database;
    private ModuleDatabase mailModule;
    private MailOutbox outbox;
    private NotificationService notifications;
    private final List<Event> pushed = new CopyOnWriteArrayList<>();

    @BeforeAll
    void users() {
        security = new SecurityFixture("notifications");
        lead = security.user("lena", null, "sales-manager");
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
        pushed.clear();
        notificationsDatabase = TestDatabase.open("notifications", "notifications", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(NotificationService.unit()).close());
        mailDatabase = TestDatabase.open("notifmail", "mail", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(MailOutboxService.unit()).close());
        database = new DataSourceModuleDatabases(notificationsDatabase.dataSource(), security.modules()).open(NotificationService.unit());
        mailModule = new DataSourceModuleDatabases(mailDatabase.dataSource(), security.modules()).open(MailOutboxService.unit());
        TestClock clock = new TestClock(Instant.parse("2026-12-07T02:00:00Z"));
        outbox = TestOutbox.toSmtp(mailModule, security.policy, smtp.getSmtp().getPort(), clock);
        EventAdmin events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                pushed.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                pushed.add(event);
            }
        };
        notifications = new NotificationService(database, security.policy, security.auditLog, events, outbox,
                "https://crm.example.cn", clock);
        notifications.addKinds(KINDS);
    }

    @AfterEach
    void close() {
        database.close();
        mailModule.close();
        notificationsDatabase.close();
        mailDatabase.close();
    }

    private Notification approvalFor(Subject user) {
        return notifications.notify(new NewNotification(user.userId(), APPROVAL.id(), "test.approval.text",
                List.of("Q-2026-0042", "北京星辰科技"), "sales/quotes/42"));
    }

    private <T> T as(Subject subject, java.util.function.Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    @Test
    void aNotificationIsKeptForItsUserShownInTheirTabsAndReadOnce() {
        Notification kept = approvalFor(lead);

        assertEquals(List.of(kept), as(lead, () -> notifications.mine(50)));
        assertEquals(1L, as(lead, notifications::unreadCount));
        assertEquals(List.of(), as(rep, () -> notifications.mine(50)), "nobody else's");
        assertEquals(0L, as(rep, notifications::unreadCount));
        Event live = pushed.get(0);
        assertEquals(UserNotices.TOPIC, live.getTopic());
        assertEquals(lead.userId(), live.getProperty(UserNotices.PROPERTY_USER_ID));
        assertEquals("sales/quotes/42", live.getProperty(UserNotices.PROPERTY_ROUTE));

        assertThrows(AccessDeniedException.class, () -> CurrentSubject.runAs(rep, () -> notifications.markRead(kept.id())),
                "another's notification is not the caller's to mark");
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.runAs(lead, () -> notifications.markRead(kept.id() + 999)));
        CurrentSubject.runAs(lead, () -> notifications.markRead(kept.id()));
        assertEquals(0L, as(lead, notifications::unreadCount));
        assertTrue(as(lead, () -> notifications.mine(50)).get(0).read());

        approvalFor(lead);
        approvalFor(lead);
        assertEquals(2, as(lead, notifications::markAllRead));
        assertEquals(0L, as(lead, notifications::unreadCount));
        assertThrows(AccessDeniedException.class, notifications::unreadCount, "nobody signed in");
    }

    @Test
    void aKindTheUserWantsByMailIsMailedInTheirLanguageWithTheLink() throws Exception {
        NotificationSettings defaults = as(lead, notifications::settings);
        assertEquals(Map.of("test.approval", true, "test.digest", false), defaults.emailByKind(), "each kind's default");
        as(lead, () -> notifications.saveSettings(new NotificationSettings("lena@example.cn", "zh-CN", defaults.emailByKind())));

        approvalFor(lead);
        notifications.notify(new NewNotification(lead.userId(), DIGEST.id(), "test.digest.text", List.of("x", "y"), ""));
        assertEquals(1, TestOutbox.sendDue(outbox), "the digest is not wanted by mail");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("报价单 Q-2026-0042 待您审批", mail.getSubject());
        assertEquals("lena@example.cn", mail.getAllRecipients()[0].toString());
        String body = mail.getContent().toString();
        assertTrue(body.contains("北京星辰科技 的报价单 Q-2026-0042 待您审批") && body.contains("https://crm.example.cn/sales/quotes/42"), body);

        as(lead, () -> notifications.saveSettings(new NotificationSettings("lena@example.cn", "en",
                Map.of("test.approval", false, "test.digest", true))));
        approvalFor(lead);
        notifications.notify(new NewNotification(lead.userId(), DIGEST.id(), "test.digest.text", List.of("D-7", "y"), ""));
        assertEquals(1, TestOutbox.sendDue(outbox));
        assertEquals("Quote D-7 waits for your approval", smtp.getReceivedMessages()[1].getSubject(), "the choice per kind");
        assertEquals(4L, as(lead, notifications::unreadCount), "every notification is kept, mailed or not");
    }

    @Test
    void withoutAnAddressOrAModuleNothingIsMailedAndNothingIsLost() {
        approvalFor(rep);
        assertEquals(0, TestOutbox.sendDue(outbox), "no address given");

        as(rep, () -> notifications.saveSettings(new NotificationSettings("ren@example.cn", "en", Map.of())));
        notifications.removeKinds(KINDS);
        Notification kept = approvalFor(rep);
        assertNotNull(kept);
        assertEquals(0, TestOutbox.sendDue(outbox), "the kind's module is gone: kept, not mailed");
        assertEquals(2L, as(rep, notifications::unreadCount));
    }

    @Test
    void aWrongAddressIsRefusedAndTheSettingsStayAsTheyWere() {
        as(rep, () -> notifications.saveSettings(new NotificationSettings("ren@example.cn", "en", Map.of())));
        for (String wrong : new String[] { "ren", "ren@", "ren@example", "a b@example.cn", "ren@example.cn, boss@example.cn" }) {
            InputRefusedException refused = assertThrows(InputRefusedException.class,
                    () -> as(rep, () -> notifications.saveSettings(new NotificationSettings(wrong, "zh", Map.of()))), wrong);
            assertEquals("emailAddress", refused.field());
            assertEquals("notification.error.address", refused.getMessage());
        }
        NotificationSettings kept = as(rep, notifications::settings);
        assertEquals("ren@example.cn", kept.emailAddress());
        assertEquals("en", kept.language());
        assertFalse(as(rep, () -> notifications.saveSettings(new NotificationSettings("", "en", Map.of()))).emailAddress()
                .contains("@"), "an empty address stops mail");
    }
}
