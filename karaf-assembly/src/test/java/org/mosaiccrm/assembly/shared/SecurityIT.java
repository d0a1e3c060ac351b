package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.NotesModule;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.audit.AuditVerification;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.ui.MenuEntry;
import org.mosaiccrm.platform.ui.Navigation;
import org.ops4j.pax.exam.Option;

/**
 * Security in the running product: built-in roles and their menus, record scope through the real
 * services, the user administrator without business data, and the audit log with its verification,
 * including a row changed behind the application's back.
 */
public class SecurityIT extends SharedKarafTestSupport {

    private TestUsers users;
    private CustomerService customers;
    private Navigation navigation;


    @Before
    public void setUp() throws Exception {
        users = new TestUsers(bundleContext);
        customers = service(CustomerService.class, 60);
        navigation = service(Navigation.class, 60);
        await("customer routes", 60, () -> navigation.hasRoute("customers"));
    }

    private Set<String> menu(Subject subject) {
        return as(subject, navigation::menu).stream().map(MenuEntry::route).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    public void eachBuiltInRoleSeesExactlyItsMenus() {
        // "My approvals" is every signed-in user's; the flows are the process administrator's alone
        assertEquals(Set.of("admin/modules", "admin/outbox", "admin/roles", "admin/teams", "admin/users", "approvals"),
                menu(users.admin()));
        assertEquals(Set.of("approvals", "audit"), menu(users.user("menu-auditor", null, "auditor")));
        assertEquals(Set.of("admin/approval-flows", "approvals"), menu(users.user("menu-process", null, "process-admin")));
        assertEquals(Set.of("approvals", "customers"), menu(users.user("menu-rep", null, "sales-rep")));
        assertEquals(Set.of("approvals", "customers"), menu(users.user("menu-manager", null, "sales-manager")));
        assertEquals(Set.of("approvals", "customers"), menu(users.user("menu-contracts", null, "contract-manager")));
        assertEquals(Set.of("approvals", "customers"), menu(users.user("menu-marketer", null, "marketer")));
        assertEquals(Set.of("approvals", "customers"), menu(users.user("menu-agent", null, "service-agent")));
        assertEquals("analysts read reports (the BI module) and their approvals, nothing else", Set.of("approvals"),
                menu(users.user("menu-analyst", null, "analyst")));
        assertEquals("nobody logged in: no menu", Set.of(), menu(null));
    }

    @Test
    public void aRepCannotReadOrEditAnotherRepsCustomerById() {
        Team team = as(users.admin(), () -> users.administration().saveTeam(new Team(0, "IT East " + System.nanoTime(), null)));
        Subject anna = users.user("scope-anna", team.id(), "sales-rep");
        Subject bo = users.user("scope-bo", team.id(), "sales-rep");
        Customer annas = as(anna, () -> customers.create(new NewCustomer("安娜的客户", CustomerType.COMPANY, "", "", "")));
        // out of scope reads exactly as a number nobody has: nobody learns which records exist
        assertEquals(Optional.empty(), as(bo, () -> customers.find(annas.id())));
        assertEquals(Optional.empty(), as(bo, () -> customers.find(Long.MAX_VALUE)));
        assertThrows(AccessDeniedException.class, () -> as(bo, () -> customers.update(annas.id(),
                new NewCustomer("Taken over", CustomerType.COMPANY, "", "", ""), annas.version())));
        assertFalse(as(bo, () -> customers.list(CustomerQuery.ALL, null, 100)).items().stream().anyMatch(c -> c.id() == annas.id()));
        assertEquals("安娜的客户", as(anna, () -> customers.find(annas.id()).orElseThrow().name()));
    }

    @Test
    public void aStrangersWrongPasswordsFromAnotherAddressDoNotStopTheOwnerSigningIn() {
        users.user("lock-owner", null, "sales-rep");
        for (int i = 0; i < 25; i++) {
            users.authenticator().login("lock-owner", ("guess " + i).toCharArray(), "198.51.100.99");
        }
        assertFalse("the stranger's address is throttled", users.authenticator().login("lock-owner",
                "lock-owner passphrase".toCharArray(), "198.51.100.99").loggedIn());
        assertTrue("the owner signs in from their own address", users.authenticator().login("lock-owner",
                "lock-owner passphrase".toCharArray(), "203.0.113.20").loggedIn());
    }

    @Test
    public void theUserAdministratorCannotOpenBusinessData() {
        Subject admin = users.admin();
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> customers.list(CustomerQuery.ALL, null, 10)));
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> customers.create(
                new NewCustomer("Admin's own", CustomerType.COMPANY, "", "", ""))));
        AuditLog audit = auditLog();
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> audit.find(AuditQuery.latest(5))));
    }

    @Test
    public void changesLoginsAndDenialsAreAuditedAndTheChainDetectsTampering() throws Exception {
        Subject rep = users.user("audit-rep", null, "sales-rep");
        Subject auditor = users.user("audit-auditor", null, "auditor");
        Customer created = as(rep, () -> customers.create(new NewCustomer("审计测试公司", CustomerType.COMPANY, "", "", "")));
        as(rep, () -> customers.update(created.id(), new NewCustomer("审计测试集团", CustomerType.COMPANY, "", "", ""),
                created.version()));
        LoginResult wrong = users.authenticator().login("audit-rep", "not the password".toCharArray(), "198.51.100.4");
        assertFalse(wrong.loggedIn());
        assertThrows(AccessDeniedException.class, () -> as(rep, () -> auditLog().verify()));

        AuditLog audit = auditLog();
        List<AuditEntry> record = as(auditor, () -> audit.find(
                new AuditQuery(null, "customer", String.valueOf(created.id()), null, null, null, 10)));
        assertEquals(List.of("UPDATED", "CREATED"), record.stream().map(AuditEntry::action).toList());
        assertTrue(record.get(0).changes().stream().anyMatch(c -> c.field().equals("name")
                && "审计测试公司".equals(c.before()) && "审计测试集团".equals(c.after())));
        List<AuditEntry> security = as(auditor, () -> audit.find(new AuditQuery("anonymous", null, null, null, null, null, 50)));
        assertTrue("failed login recorded", security.stream().anyMatch(e -> e.action().equals("login.failure")
                && e.address().equals("198.51.100.4")));
        List<AuditEntry> repEntries = as(auditor, () -> audit.find(new AuditQuery("audit-rep", null, null, null, null, null, 50)));
        assertTrue("login recorded", repEntries.stream().anyMatch(e -> e.action().equals("login.success")));
        assertTrue("denial recorded", repEntries.stream().anyMatch(e -> e.action().equals("access.denied")));

        featuresService.installFeature(NotesModule.FEATURE);
        featuresService.uninstallFeature(NotesModule.FEATURE);
        // written by the module registry as the bundles come and go (or as soon as the audit log is
        // back, should the install have refreshed the security bundle)
        await("module install and removal audited", 30, () -> {
            List<AuditEntry> modules = as(auditor, () -> auditLog().find(
                    new AuditQuery(null, "example-notes", null, null, null, null, 20)));
            return modules.stream().anyMatch(e -> e.action().equals("module.installed"))
                    && modules.stream().anyMatch(e -> e.action().equals("module.uninstalled"));
        });

        AuditVerification intact = as(auditor, () -> auditLog().verify());
        assertTrue(intact.toString(), intact.intact());
        assertTrue(intact.toString(), intact.headHash().matches("[0-9a-f]{64}") && intact.headSequence() > 0);
        // the key outside the database, the head written beside the logs, both the owner's only
        java.nio.file.Path keys = java.nio.file.Path.of(System.getProperty("karaf.etc"), "mosaic-audit.keys");
        java.nio.file.Path anchors = java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "audit-anchors.log");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(keys)));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(anchors)));
        assertTrue(java.nio.file.Files.readString(anchors).contains(" seq=" + intact.headSequence() + " head=" + intact.headHash()));

        // the newest entries deleted: found (while running, and after a restart through the head written outside)
        DataSource database = service(DataSource.class, 30);
        java.util.Map<String, Object> newest = row(database, "SELECT * FROM SEC_AUDIT WHERE SEQ = (SELECT MAX(SEQ) FROM SEC_AUDIT)");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM SEC_AUDIT WHERE SEQ = " + newest.get("SEQ")));
        }
        AuditVerification cut = as(auditor, () -> auditLog().verify());
        assertFalse(cut.toString(), cut.intact());
        assertTrue(cut.problem(), cut.problem().startsWith("entries missing at the end"));
        insert(database, newest);

        long target = record.get(1).sequence();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE SEC_AUDIT SET USERNAME = 'someone-else' WHERE SEQ = " + target));
        }
        AuditVerification broken = as(auditor, () -> auditLog().verify());
        assertFalse(broken.intact());
        assertEquals(Long.valueOf(target), broken.brokenAt());

        // put back as it was, the chain verifies again (and the scenarios after this one find it whole)
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE SEC_AUDIT SET USERNAME = '" + record.get(1).username() + "' WHERE SEQ = " + target);
        }
        AuditVerification repaired = as(auditor, () -> auditLog().verify());
        assertTrue(repaired.toString(), repaired.intact());
    }

    private static java.util.Map<String, Object> row(DataSource database, String query) throws java.sql.SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(query)) {
            assertTrue(query, result.next());
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                row.put(result.getMetaData().getColumnName(column), result.getObject(column));
            }
            return row;
        }
    }

    private static void insert(DataSource database, java.util.Map<String, Object> row) throws java.sql.SQLException {
        String sql = "INSERT INTO SEC_AUDIT (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")";
        try (Connection connection = database.getConnection(); java.sql.PreparedStatement insert = connection.prepareStatement(sql)) {
            int column = 1;
            for (Object value : row.values()) {
                insert.setObject(column++, value);
            }
            assertEquals(1, insert.executeUpdate());
        }
    }

    private AuditLog auditLog() {
        try {
            return service(AuditLog.class, 30);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
