package org.mosaiccrm.platform.security.service.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 17: the platform seeds no business grants; modules bring their roles and default grants,
 * applied once, never overriding what an administrator changed; an old installation's seeded grants
 * go in changeset 7, its administrators' changes stay.
 */
class RoleDefaultsTest {

    private static final List<RoleTemplate> ROLES = List.of(new RoleTemplate("clerk", "Clerk"));
    private static final List<DefaultGrant> GRANTS = List.of(new DefaultGrant("clerk", "ledger.read", RecordScope.ALL),
            new DefaultGrant("clerk", "ledger.create", RecordScope.OWN), new DefaultGrant("sales-rep", "ledger.read", RecordScope.OWN));

    private SecurityFixture security;
    private Subject admin;

    @BeforeEach
    void open(TestInfo test) {
        security = new SecurityFixture("defaults-" + test.getTestMethod().orElseThrow().getName(), false);
        admin = security.admin();
    }

    @AfterEach
    void close() {
        security.close();
    }

    @Test
    void afterTheMigrationsNoRoleHoldsABusinessGrant() throws SQLException {
        Map<String, String> business = new TreeMap<>();
        for (Role role : roles()) {
            role.grants().keySet().stream().filter(BusinessRoles::isBusinessGrant)
                    .forEach(permission -> business.put(role.code() + " " + permission, role.grants().get(permission).name()));
        }
        assertEquals(Map.of(), business, "the platform wrote none");
        assertEquals(Map.of("security.users.administer", RecordScope.ALL, "security.roles.administer", RecordScope.ALL,
                "platform.modules.administer", RecordScope.ALL, "platform.mail.administer", RecordScope.ALL),
                role("user-admin").grants());
    }

    @Test
    void aModulesRolesAndGrantsArriveOnceAndAnAdministratorsChangesStay() {
        RoleDefaults.Applied first = security.roleDefaults.apply("ledger", ROLES, GRANTS);
        assertEquals(List.of("clerk"), first.rolesCreated());
        assertEquals(3, first.grantsAdded().size(), "sales-rep exists from the old seed: it gets its grant too");
        assertTrue(role("clerk").builtIn());
        assertEquals(Map.of("ledger.read", RecordScope.ALL, "ledger.create", RecordScope.OWN), role("clerk").grants());

        // the administrator widens one grant and removes another
        CurrentSubject.runAs(admin, () -> security.users.saveRole(new Role("clerk", "Clerk", true,
                Map.of("ledger.read", RecordScope.ALL, "ledger.create", RecordScope.TEAM))));
        Role rep = role("sales-rep");
        java.util.Map<String, RecordScope> without = new java.util.HashMap<>(rep.grants());
        without.remove("ledger.read");
        CurrentSubject.runAs(admin, () -> security.users.saveRole(new Role("sales-rep", rep.name(), true, without)));

        // the module starts again (restart, update, reinstall) with one grant more
        List<DefaultGrant> next = new ArrayList<>(GRANTS);
        next.add(new DefaultGrant("clerk", "ledger.export", RecordScope.ALL));
        RoleDefaults.Applied again = security.roleDefaults.apply("ledger", ROLES, next);
        assertEquals(List.of(), again.rolesCreated());
        assertEquals(List.of("clerk ledger.export ALL"), again.grantsAdded(), "only the new default");
        assertEquals(RecordScope.TEAM, role("clerk").grants().get("ledger.create"), "the administrator's scope stays");
        assertFalse(role("sales-rep").grants().containsKey("ledger.read"), "what the administrator removed stays removed");
    }

    @Test
    void noModuleAddsToThePlatformsRolesNorGrantsPlatformPermissions() {
        RoleDefaults.Applied applied = security.roleDefaults.apply("sneaky", List.of(new RoleTemplate("user-admin", "Mine")),
                List.of(new DefaultGrant("user-admin", "ledger.read", RecordScope.ALL),
                        new DefaultGrant("auditor", "customer.read", RecordScope.ALL),
                        new DefaultGrant("sales-rep", "security.users.administer", RecordScope.ALL),
                        new DefaultGrant("no-such-role", "ledger.read", RecordScope.ALL)));
        assertEquals(List.of(), applied.rolesCreated());
        assertEquals(List.of(), applied.grantsAdded());
        assertEquals(4, role("user-admin").grants().size());
        assertFalse(role("sales-rep").grants().containsKey("security.users.administer"));
    }

    /**
     * An installation from before modules brought their roles: changeset 2's business grants, one
     * narrowed and one removed by an administrator. Changeset 7's statements, as written in the
     * changelog, remove the seeded ones and remember the administrator's decisions.
     */
    @Test
    void anOldInstallationLosesTheSeededGrantsAndKeepsItsAdministratorsChanges() throws Exception {
        try (Connection c = security.jdbc().getConnection(); Statement sql = c.createStatement()) {
            List<String> statements = changeset7();
            sql.execute("CREATE TABLE SEC_ROLE_SEEDED (ROLE_CODE VARCHAR(40), PERMISSION VARCHAR(120), SCOPE VARCHAR(10))");
            sql.executeUpdate(statements.get(0));
            // the old installation: every seeded grant, then an administrator's two changes
            sql.executeUpdate("INSERT INTO SEC_ROLE_GRANT (ROLE_CODE, PERMISSION, SCOPE) SELECT ROLE_CODE, PERMISSION, SCOPE FROM SEC_ROLE_SEEDED");
            sql.executeUpdate("DELETE FROM SEC_ROLE_GRANT WHERE ROLE_CODE = 'sales-rep' AND PERMISSION = 'customer.create'");
            sql.executeUpdate("UPDATE SEC_ROLE_GRANT SET SCOPE = 'ALL' WHERE ROLE_CODE = 'sales-manager' AND PERMISSION = 'customer.*'");
            for (String statement : statements.subList(1, statements.size())) {
                sql.executeUpdate(statement);
            }
            sql.execute("DROP TABLE SEC_ROLE_SEEDED");
        }
        security.grants.invalidate();
        assertFalse(role("sales-rep").grants().containsKey("customer.read"), "seeded, unchanged: gone");
        assertEquals(RecordScope.ALL, role("sales-manager").grants().get("customer.*"), "changed: stays");

        // the customer module arrives with its defaults
        security.roleDefaults.apply("customer", List.of(), List.of(new DefaultGrant("sales-rep", "customer.read", RecordScope.OWN),
                new DefaultGrant("sales-rep", "customer.create", RecordScope.OWN),
                new DefaultGrant("sales-manager", "customer.*", RecordScope.TEAM)));
        assertEquals(RecordScope.OWN, role("sales-rep").grants().get("customer.read"), "the module's default replaces the seed");
        assertFalse(role("sales-rep").grants().containsKey("customer.create"), "removed by the administrator: stays removed");
        assertEquals(RecordScope.ALL, role("sales-manager").grants().get("customer.*"), "widened by the administrator: stays");
    }

    private List<Role> roles() {
        return CurrentSubject.callAs(admin, () -> security.users.roles());
    }

    private Role role(String code) {
        return roles().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** The statements of changeset 7's {@code <sql>}, as Liquibase splits them. */
    private static List<String> changeset7() throws Exception {
        try (InputStream in = RoleDefaults.class.getResourceAsStream("/db/security-changelog.xml")) {
            NodeList sets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("changeSet");
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                if (set.getAttribute("id").equals("7-module-role-defaults")) {
                    List<String> statements = new ArrayList<>();
                    for (String statement : set.getElementsByTagName("sql").item(0).getTextContent().split(";")) {
                        if (!statement.isBlank()) {
                            statements.add(statement.strip());
                        }
                    }
                    return statements;
                }
            }
        }
        throw new AssertionError("no changeset 7");
    }

}
