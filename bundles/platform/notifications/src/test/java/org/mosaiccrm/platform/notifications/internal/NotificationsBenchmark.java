package org.mosaiccrm.platform.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.mail.service.internal.MailOutboxService;
import org.mosaiccrm.platform.mail.service.internal.TestOutbox;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.BenchDatabase;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * 10,000 notifications (default; {@code -Dbench.notifications=N}) to 1,000 users who want them by
 * mail, kept, queued in the outbox and delivered to GreenMail (a real SMTP server on this machine);
 * beside it, the same rows written by hand over JDBC on the same database. Prints the figures and
 * writes them to {@code target/bench/notifications-benchmark.md}.
 *
 * <pre>./mvnw -o -Pbench -pl bundles/platform/notifications test</pre>
 */
@Tag("bench")
class NotificationsBenchmark {

    private static final int USERS = 1000;

    @Test
    void tenThousandNotificationsToAThousandUsersThroughTheOutbox() throws Exception {
        int count = Integer.getInteger("bench.notifications", 10_000);
        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toString());
        DataSource db = BenchDatabase.create("notif-" + System.nanoTime());
        DataSource mailDb = BenchDatabase.create("notifmail-" + System.nanoTime());
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (SecurityFixture security = new SecurityFixture("notifications-bench")) {
            ModuleDatabase database = new DataSourceModuleDatabases(db, security.modules()).open(NotificationService.unit());
            ModuleDatabase mailModule = new DataSourceModuleDatabases(mailDb, security.modules()).open(MailOutboxService.unit());
            Clock clock = Clock.systemUTC();
            MailOutbox outbox = TestOutbox.toSmtp(mailModule, security.policy, smtp.getSmtp().getPort(), clock);
            NotificationKind kind = new NotificationKind("bench.task", "bench.task", true, new MailTemplate("bench.task", Map.of(
                    "en", "Subject: Waiting for your approval: ${args[0]}\n\n${args[0]} waits for you.\n${link}",
                    "zh", "Subject: 待您审批：${args[0]}\n\n${args[0]} 等待您审批。\n${link}")));
            NotificationService centre = (NotificationService) TestNotifications.centre(database, security.policy, security.auditLog,
                    outbox, clock, () -> List.of(kind));
            try (Connection connection = db.getConnection()) {
                recipients(connection);
            }

            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                centre.notify(new NewNotification(1 + i % USERS, kind.id(), "bench.task.text", List.of("Q-" + i), "approvals"));
            }
            long kept = System.nanoTime() - started;
            started = System.nanoTime();
            int sent = 0;
            while (sent < count) {
                int now = TestOutbox.sendDue(outbox);
                if (now == 0) {
                    break;
                }
                sent += now;
            }
            long delivered = System.nanoTime() - started;
            assertEquals(count, sent);
            assertEquals(count, smtp.getReceivedMessages().length, "every mail reached the server");

            long raw;
            try (Connection connection = db.getConnection(); Connection mail = mailDb.getConnection()) {
                started = System.nanoTime();
                rawRows(connection, mail, count);
                raw = System.nanoTime() - started;
            }
            database.close();
            mailModule.close();
            String text = String.format(Locale.ROOT, "Notifications on %s: %,d to %,d users, each mailed%n%n"
                    + "| what | time | per second |%n|---|---|---|%n"
                    + "| kept, pushed and queued (service: row, mail rendered in the user's language, outbox row) | %.1f s | %,.0f |%n"
                    + "| delivered from the outbox to GreenMail (claimed in batches of 100, one connection each) | %.1f s | %,.0f |%n"
                    + "| raw SQL baseline: the notification and outbox rows inserted by hand (batches of 1,000) | %.1f s | %,.0f |%n",
                    BenchDatabase.label(), count, USERS, kept / 1e9, count / (kept / 1e9), delivered / 1e9, count / (delivered / 1e9),
                    raw / 1e9, count / (raw / 1e9));
            System.out.println(text);
            Files.writeString(dir.resolve("notifications-benchmark" + (BenchDatabase.isPostgreSql() ? "-postgresql" : "") + ".md"), text);
        } finally {
            smtp.stop();
        }
    }

    /** 1,000 users who gave an address, half in Chinese. */
    private static void recipients(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO PLT_NOTIFICATION_USER (USER_ID, EMAIL, LANGUAGE) VALUES (?, ?, ?)")) {
            for (int user = 1; user <= USERS; user++) {
                insert.setLong(1, user);
                insert.setString(2, "user" + user + "@bench.example");
                insert.setString(3, user % 2 == 0 ? "zh" : "en");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void rawRows(Connection c, Connection mail, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        c.setAutoCommit(false);
        mail.setAutoCommit(false);
        try (PreparedStatement notification = c.prepareStatement("INSERT INTO PLT_NOTIFICATION (ID, USER_ID, KIND, TEXT_KEY, ARGS,"
                + " ROUTE, CREATED_AT) VALUES (?, ?, 'bench.task', 'bench.task.text', ?, 'approvals', ?)");
                PreparedStatement outbox = mail.prepareStatement("INSERT INTO PLT_MAIL (ID, RECIPIENT, RECIPIENT_NAME, SUBJECT, BODY,"
                        + " LANGUAGE, TEMPLATE_ID, REFERENCE, STATE, ATTEMPTS, QUEUED_AT, NEXT_ATTEMPT_AT, LAST_ERROR)"
                        + " VALUES (?, ?, '', ?, ?, 'zh', 'bench.task', '', 'SENT', 1, ?, NULL, '')")) {
            for (int i = 0; i < count; i++) {
                notification.setLong(1, 50_000_000L + i);
                notification.setLong(2, 1 + i % USERS);
                notification.setString(3, "Q-" + i);
                notification.setTimestamp(4, now);
                notification.addBatch();
                outbox.setLong(1, 50_000_000L + i);
                outbox.setString(2, "user" + (1 + i % USERS) + "@bench.example");
                outbox.setString(3, "待您审批：Q-" + i);
                outbox.setString(4, "Q-" + i + " 等待您审批。\nhttp://localhost:8181/approvals");
                outbox.setTimestamp(5, now);
                outbox.addBatch();
                if (i % 1000 == 999) {
                    notification.executeBatch();
                    outbox.executeBatch();
                    c.commit();
                    mail.commit();
                }
            }
            notification.executeBatch();
            outbox.executeBatch();
            c.commit();
            mail.commit();
        }
    }
}
