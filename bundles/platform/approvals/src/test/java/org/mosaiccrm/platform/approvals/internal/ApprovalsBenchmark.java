package org.mosaiccrm.platform.approvals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.approval.ApprovableRecord;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalOutcome;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.mail.service.internal.MailOutboxService;
import org.mosaiccrm.platform.mail.service.internal.TestOutbox;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.notifications.internal.NotificationService;
import org.mosaiccrm.platform.notifications.internal.TestNotifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.BenchDatabase;
import org.mosaiccrm.platform.persistence.testing.BenchTimes;
import org.mosaiccrm.platform.persistence.testing.BenchTimes.Sql;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.mosaiccrm.platform.security.service.internal.user.DatabaseUserDirectory;

/**
 * "My approvals" with 100,000 pending steps (default; {@code -Dbench.rows=N}) spread over 1,000
 * approvers: the page's list of 50 and its count through the service, as the approver, against the
 * same SQL by hand over JDBC on the same database in the same run. Prints the figures and writes
 * them to {@code target/bench/approvals-benchmark.md}.
 *
 * <pre>./mvnw -o -Pbench -pl bundles/platform/approvals test</pre>
 */
@Tag("bench")
class ApprovalsBenchmark {

    private static final int APPROVERS = 1000;
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 100);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final String TYPE = "bench.quote";

    @Test
    void myApprovalsWithManyPendingSteps() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toString());
        DataSource db = BenchDatabase.create("approvals-" + System.nanoTime());
        DataSource notificationsDb = BenchDatabase.create("apprnotif-" + System.nanoTime());
        DataSource mailDb = BenchDatabase.create("apprmail-" + System.nanoTime());
        try (SecurityFixture security = new SecurityFixture("approvals-bench")) {
            ModuleDatabase database = new DataSourceModuleDatabases(db, security.modules()).open(ApprovalsDatabase.unit());
            ModuleDatabase notificationsModule = new DataSourceModuleDatabases(notificationsDb, security.modules())
                    .open(NotificationService.unit());
            ModuleDatabase mailModule = new DataSourceModuleDatabases(mailDb, security.modules()).open(MailOutboxService.unit());
            Clock clock = Clock.systemUTC();
            Notifications notifications = TestNotifications.centre(notificationsModule, security.policy, security.auditLog,
                    TestOutbox.withoutServer(mailModule, security.policy, clock), clock);
            ApprovalTypes types = new ApprovalTypes();
            types.addType(new BenchType());
            FlowService flows = new FlowService(database, types, security.policy, security.auditLog, clock);
            ApprovalService approvals = new ApprovalService(database, types, flows, security.policy,
                    new DatabaseUserDirectory(security.database, security.policy, security.grants), notifications, security.auditLog, clock);
            Subject approver = security.user("approver", null, "sales-manager");
            Subject process = security.user("process", null, "process-admin");
            long flowId = CurrentSubject.callAs(process, () -> flows.save(TYPE, "bench", List.of(new ApprovalStep("经理审批",
                    ApproverRule.users(approver.userId()), StepMode.ANY, null, null, false, 0)))).id();

            long started = System.nanoTime();
            try (Connection connection = db.getConnection()) {
                write(connection, rows, flowId, approver.userId());
            }
            System.out.printf(Locale.ROOT, "wrote %,d pending requests and their steps in %d s%n", rows,
                    (System.nanoTime() - started) / 1_000_000_000);
            long mine = rows / APPROVERS;
            assertEquals(mine, (long) CurrentSubject.callAs(approver, approvals::waitingForMeCount));

            StringBuilder report = new StringBuilder("| what | service p50 / p95 | raw SQL p50 / p95 | ratio at p95 |\n|---|---|---|---|\n");
            try (Connection raw = db.getConnection()) {
                measure(report, "My approvals: the waiting count", () -> approvals.waitingForMeCount(), approver,
                        () -> count(raw, approver.userId()));
                measure(report, "My approvals: the first 50 waiting", () -> approvals.waitingForMe(50), approver,
                        () -> firstPage(raw, approver.userId()));
                measure(report, "My approvals page (count + 50 waiting)", () -> {
                    approvals.waitingForMeCount();
                    approvals.waitingForMe(50);
                }, approver, () -> {
                    count(raw, approver.userId());
                    firstPage(raw, approver.userId());
                });
            }
            database.close();
            notificationsModule.close();
            mailModule.close();
            String text = "Approvals on " + BenchDatabase.label() + " at " + String.format(Locale.ROOT, "%,d", rows)
                    + " pending steps over " + APPROVERS + " approvers (" + mine + " for the one measured)\n\n" + report;
            System.out.println(text);
            Files.writeString(dir.resolve("approvals-benchmark" + (BenchDatabase.isPostgreSql() ? "-postgresql" : "") + ".md"), text);
        }
    }

    /** Requests and their waiting steps, one per request, over {@link #APPROVERS} approvers (the measured one among them). */
    private static void write(Connection c, int rows, long flowId, long approverId) throws SQLException {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement request = c.prepareStatement("INSERT INTO PLT_APPROVAL_REQUEST (ID, RECORD_TYPE, RECORD_ID, TITLE,"
                + " ROUTE, FLOW_ID, SUBMITTER_ID, STATE, STEP, PATH, SNAPSHOT, SUBMITTED_AT, VERSION)"
                + " VALUES (?, ?, ?, ?, '', ?, ?, 'PENDING', 0, '0', '', ?, 1)");
                PreparedStatement task = c.prepareStatement("INSERT INTO PLT_APPROVAL_TASK (ID, REQUEST_ID, RECORD_TYPE, STEP, STEP_NAME,"
                        + " APPROVER_ID, STATE, CREATED_AT, WAITING_SINCE, COMMENT_TEXT, REMINDED, LIMIT_HOURS)"
                        + " VALUES (?, ?, ?, 0, '经理审批', ?, 'WAITING', ?, ?, '', 0, 0)")) {
            for (int i = 0; i < rows; i++) {
                long requestId = 10_000_000L + 2L * i;
                long approver = i % APPROVERS == 0 ? approverId : 1_000_000L + i % APPROVERS;
                request.setLong(1, requestId);
                request.setString(2, TYPE);
                request.setLong(3, i);
                request.setString(4, "Q-" + i);
                request.setLong(5, flowId);
                request.setLong(6, 2_000_000L + i % 500);
                request.setTimestamp(7, now);
                request.addBatch();
                task.setLong(1, requestId + 1);
                task.setLong(2, requestId);
                task.setString(3, TYPE);
                task.setLong(4, approver);
                task.setTimestamp(5, now);
                task.setTimestamp(6, now);
                task.addBatch();
                if (i % 1000 == 999) {
                    request.executeBatch();
                    task.executeBatch();
                    c.commit();
                }
            }
            request.executeBatch();
            task.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    private static void count(Connection c, long approverId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*) FROM PLT_APPROVAL_TASK t WHERE t.APPROVER_ID = ?"
                + " AND t.STATE = 'WAITING' AND t.RECORD_TYPE IN (?)")) {
            statement.setLong(1, approverId);
            statement.setString(2, TYPE);
            drain(statement);
        }
    }

    private static void firstPage(Connection c, long approverId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT t.ID, t.STEP, t.STEP_NAME, t.APPROVER_ID, t.DELEGATOR_ID,"
                + " t.STATE, t.CREATED_AT, t.DECIDED_AT, t.COMMENT_TEXT, r.ID, r.RECORD_TYPE, r.RECORD_ID, r.TITLE, r.ROUTE, r.FLOW_ID,"
                + " r.SUBMITTER_ID, r.STATE, r.STEP, r.SUBMITTED_AT, r.DECIDED_AT FROM PLT_APPROVAL_TASK t, PLT_APPROVAL_REQUEST r"
                + " WHERE t.APPROVER_ID = ? AND t.STATE = 'WAITING' AND r.ID = t.REQUEST_ID AND t.RECORD_TYPE IN (?)"
                + " ORDER BY t.ID FETCH FIRST 50 ROWS ONLY")) {
            statement.setLong(1, approverId);
            statement.setString(2, TYPE);
            drain(statement);
        }
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }


    private static void measure(StringBuilder report, String what, Runnable service, Subject who, Sql raw) throws SQLException {
        String line = BenchTimes.alternately(WARM_UP, SAMPLES, () -> CurrentSubject.runAs(who, service), raw).row(what);
        System.out.println(line);
        report.append(line).append('\n');
    }

    /** The benchmark's record type: every record exists and may be seen. */
    private static final class BenchType implements ApprovableRecords {
        @Override
        public String recordType() {
            return TYPE;
        }

        @Override
        public String labelKey() {
            return TYPE;
        }

        @Override
        public List<ApprovalField> fields() {
            return List.of();
        }

        @Override
        public Optional<ApprovableRecord> find(long recordId) {
            return Optional.of(new ApprovableRecord(recordId, 1, "Q-" + recordId, "", Map.of("net", BigDecimal.ONE)));
        }

        @Override
        public boolean maySubmit(long recordId) {
            return true;
        }

        @Override
        public boolean mayRead(long recordId) {
            return true;
        }

        @Override
        public String snapshot(long recordId) {
            return "";
        }

        @Override
        public void restore(long recordId, String snapshot) {
            // nothing kept
        }

        @Override
        public void decided(long recordId, ApprovalOutcome outcome) {
            // nothing kept
        }
    }
}
