package org.mosaiccrm.platform.approvals.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalFlows;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.mail.service.internal.MailOutboxService;
import org.mosaiccrm.platform.mail.service.internal.TestOutbox;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.notifications.internal.NotificationService;
import org.mosaiccrm.platform.notifications.internal.TestNotifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.mosaiccrm.platform.security.service.internal.user.DatabaseUserDirectory;

/**
 * The real approval engine for a module's tests (test-jar): its own databases, the real notification
 * centre (mail waits: no server), the security fixture's users; the module's types registered.
 */
public final class TestApprovals implements AutoCloseable {

    public final Approvals approvals;
    public final ApprovalFlows flows;
    public final Notifications notifications;
    private final ApprovalTypes types = new ApprovalTypes();
    private final TestDatabase[] testDatabases;
    private final ModuleDatabase[] databases;

    private TestApprovals(SecurityFixture security, String name, List<NotificationKinds> moreKinds, ApprovableRecords... recordTypes) {
        TestDatabase approvalsDatabase = TestDatabase.open(name + "approvals", "approvals", empty -> new DataSourceModuleDatabases(
                empty, new MigrationsMustSucceed()).open(ApprovalsDatabase.unit()).close());
        TestDatabase notificationsDatabase = TestDatabase.open(name + "notif", "notifications", empty -> new DataSourceModuleDatabases(
                empty, new MigrationsMustSucceed()).open(NotificationService.unit()).close());
        TestDatabase mailDatabase = TestDatabase.open(name + "mail", "mail", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(MailOutboxService.unit()).close());
        testDatabases = new TestDatabase[] { approvalsDatabase, notificationsDatabase, mailDatabase };
        ModuleDatabase database = new DataSourceModuleDatabases(approvalsDatabase.dataSource(), security.modules())
                .open(ApprovalsDatabase.unit());
        ModuleDatabase notificationsModule = new DataSourceModuleDatabases(notificationsDatabase.dataSource(), security.modules())
                .open(NotificationService.unit());
        ModuleDatabase mailModule = new DataSourceModuleDatabases(mailDatabase.dataSource(), security.modules())
                .open(MailOutboxService.unit());
        databases = new ModuleDatabase[] { database, notificationsModule, mailModule };
        Clock clock = Clock.systemUTC();
        List<NotificationKinds> kinds = new ArrayList<>(moreKinds);
        kinds.add(new ApprovalNotificationKinds());
        notifications = TestNotifications.centre(notificationsModule, security.policy, security.auditLog,
                TestOutbox.withoutServer(mailModule, security.policy, clock), clock, kinds.toArray(NotificationKinds[]::new));
        for (ApprovableRecords type : recordTypes) {
            types.addType(type);
        }
        FlowService flowService = new FlowService(database, types, security.policy, security.auditLog, clock);
        flows = flowService;
        approvals = new ApprovalService(database, types, flowService, security.policy,
                new DatabaseUserDirectory(security.database, security.policy, security.grants), notifications, security.auditLog, clock);
    }

    public static TestApprovals open(SecurityFixture security, String name, ApprovableRecords... recordTypes) {
        return new TestApprovals(security, name, List.of(), recordTypes);
    }

    /** The same, with the notification centre knowing the calling module's kinds as well. */
    public static TestApprovals open(SecurityFixture security, String name, List<NotificationKinds> kinds,
            ApprovableRecords... recordTypes) {
        return new TestApprovals(security, name, kinds, recordTypes);
    }

    @Override
    public void close() {
        for (ModuleDatabase database : databases) {
            database.close();
        }
        for (TestDatabase database : testDatabases) {
            database.close();
        }
    }
}
