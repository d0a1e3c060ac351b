package org.mosaiccrm.platform.security.service.internal;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.access.DatabaseAccessPolicy;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.mosaiccrm.platform.security.service.internal.access.PermissionCatalog;
import org.mosaiccrm.platform.security.service.internal.audit.HashChainAuditLog;
import org.mosaiccrm.platform.security.service.internal.login.DatabaseAuthenticator;
import org.mosaiccrm.platform.security.service.internal.login.InitialAdministrator;
import org.mosaiccrm.platform.security.service.internal.login.LoginFailures;
import org.mosaiccrm.platform.security.service.internal.password.LowCostPasswordHasher;
import org.mosaiccrm.platform.security.service.internal.password.PasswordHasher;
import org.mosaiccrm.platform.security.service.internal.password.PasswordLinks;
import org.mosaiccrm.platform.security.service.internal.password.PasswordRules;
import org.mosaiccrm.platform.security.service.internal.user.DatabaseUserAdministration;
import org.mosaiccrm.platform.security.service.internal.user.RoleDefaults;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The security module's components wired by hand as DS would, on a real in-memory Derby. Only
 * EventAdmin is replaced, by a recorder of the events the module sends.
 */
public final class SecurityFixture implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "first-start-Password-1";
    public static final String ADMIN_NEW_PASSWORD = "correct horse battery staple";

    public final TestDatabase testDatabase;
    public final DataSource dataSource;
    public final SecurityDatabase database;
    public final GrantResolver grants;
    public final HashChainAuditLog auditLog;
    /** The audit key file and the head anchors' file live here. */
    public final java.nio.file.Path auditFiles;
    public final org.mosaiccrm.platform.security.service.internal.audit.AuditKeys auditKeys;
    public final AccessPolicy policy;
    /** Argon2id at its lowest cost: the fixture signs many users in; PasswordHasherTest proves the real cost. */
    public final PasswordHasher hasher = LowCostPasswordHasher.create();
    /** One for every fixture of the run: it reads its list of common passwords when made. */
    private static final PasswordRules RULES = new PasswordRules();
    public final PasswordRules rules = RULES;
    public final PasswordLinks passwordLinks;
    public final RoleDefaults roleDefaults;

    /** Roles and grants of a sample business module, as the customer and sales modules bring them. */
    public static final List<RoleTemplate> SAMPLE_ROLES = List.of(new RoleTemplate("sales-rep", "Sales rep"),
            new RoleTemplate("sales-manager", "Sales manager"), new RoleTemplate("contract-manager", "Contract manager"));
    public static final List<DefaultGrant> SAMPLE_GRANTS = List.of(
            new DefaultGrant("sales-rep", "customer.read", RecordScope.OWN),
            new DefaultGrant("sales-rep", "customer.create", RecordScope.OWN),
            new DefaultGrant("sales-rep", "customer.edit", RecordScope.OWN),
            new DefaultGrant("sales-rep", "customer.import", RecordScope.OWN),
            new DefaultGrant("sales-rep", "customer.export", RecordScope.OWN),
            new DefaultGrant("sales-rep", "sales*.read", RecordScope.OWN),
            new DefaultGrant("sales-rep", "sales*.create", RecordScope.OWN),
            new DefaultGrant("sales-rep", "sales*.edit", RecordScope.OWN),
            new DefaultGrant("sales-manager", "customer.*", RecordScope.TEAM),
            new DefaultGrant("sales-manager", "sales.*", RecordScope.TEAM),
            new DefaultGrant("contract-manager", "customer.read", RecordScope.ALL),
            new DefaultGrant("contract-manager", "customer.taxid.read", RecordScope.ALL));
    public final DatabaseAuthenticator authenticator;
    public final LoginFailures loginFailures = new LoginFailures();
    public final UserAdministration users;
    public final PermissionCatalog catalog = new PermissionCatalog();
    public final List<Event> events = new CopyOnWriteArrayList<>();

    public SecurityFixture(String name) {
        this(name, true);
    }

    /** @param sampleRoles whether the sample business module's roles and grants are applied (the tests' stories use them) */
    public SecurityFixture(String name, boolean sampleRoles) {
        // the schema comes migrated (a copy on Derby); the open below checks it as the product does
        testDatabase = TestDatabase.open("security-" + name, "security", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(SecurityDatabase.unit()).close());
        dataSource = testDatabase.dataSource();
        database = new SecurityDatabase(new DataSourceModuleDatabases(dataSource, new MigrationsMustSucceed()).open(SecurityDatabase.unit()));
        grants = new GrantResolver(database);
        try {
            auditFiles = java.nio.file.Files.createTempDirectory("mosaic-audit-" + name);
            auditKeys = org.mosaiccrm.platform.security.service.internal.audit.AuditKeys.open(auditFiles.resolve("audit.keys"), 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        auditLog = auditLog(true);
        policy = new DatabaseAccessPolicy(grants, auditLog);
        SecurityConfiguration configuration = configuration(ADMIN_PASSWORD);
        new InitialAdministrator(database, hasher, rules, auditLog, configuration);
        passwordLinks = new PasswordLinks(hasher, configuration);
        authenticator = new DatabaseAuthenticator(database, hasher, rules, grants, auditLog, loginFailures,
                passwordLinks, configuration);
        EventAdmin recorder = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
        users = new DatabaseUserAdministration(database, policy, auditLog, passwordLinks, grants, catalog, recorder,
                loginFailures);
        roleDefaults = new RoleDefaults(database, grants, auditLog);
        // the business roles the tests' stories use, as modules bring them (the platform seeds none)
        if (sampleRoles) {
            roleDefaults.apply("sample-business", SAMPLE_ROLES, SAMPLE_GRANTS);
        }
    }

    /** An audit log on the same database and files, as after a restart; {@code retention}: whether retention is configured. */
    public HashChainAuditLog auditLog(boolean retention) {
        return new HashChainAuditLog(database, grants, auditKeys, auditFiles.resolve("audit-anchors.log"), retention);
    }

    /** Logs the first administrator in, changing the one-time password on the way. */
    public Subject admin() {
        LoginResult first = authenticator.login("admin", ADMIN_PASSWORD.toCharArray(), "127.0.0.1");
        if (first.loggedIn()) {
            CurrentSubject.runAs(first.subject(), () -> authenticator.changeOwnPassword(ADMIN_PASSWORD.toCharArray(),
                    ADMIN_NEW_PASSWORD.toCharArray()));
            return first.subject();
        }
        return authenticator.login("admin", ADMIN_NEW_PASSWORD.toCharArray(), "127.0.0.1").subject();
    }

    /** A second user administrator, who approves the business roles the first one asks for. */
    public Subject secondAdmin() {
        LoginResult existing = authenticator.login("admin2", "admin2 own passphrase".toCharArray(), "127.0.0.1");
        if (existing.loggedIn()) {
            return existing.subject();
        }
        NewUser created = CurrentSubject.callAs(admin(),
                () -> users.createUser(new UserDraft("admin2", "Second administrator", null, Set.of("user-admin"))));
        authenticator.setPasswordWithLink(created.passwordLink().key(), "admin2 own passphrase".toCharArray(), "127.0.0.1");
        return authenticator.login("admin2", "admin2 own passphrase".toCharArray(), "127.0.0.1").subject();
    }

    /** Approves, as the second administrator, every business role waiting for {@code username}. */
    public void approveRoles(String username) {
        Subject second = secondAdmin();
        CurrentSubject.runAs(second, () -> users.businessRoleGrants().stream()
                .filter(g -> g.username().equals(username) && g.status() == org.mosaiccrm.platform.security.RoleGrant.Status.PENDING)
                .forEach(g -> users.decideRoleGrant(g.requestId(), true)));
    }

    /**
     * Creates a user with roles and team as the administrator (business roles approved by a second
     * administrator) and logs it in with its own password.
     */
    public Subject user(String username, Long teamId, String... roles) {
        NewUser created = CurrentSubject.callAs(admin(),
                () -> users.createUser(new UserDraft(username, username.toUpperCase(), teamId, Set.of(roles))));
        approveRoles(username);
        authenticator.setPasswordWithLink(created.passwordLink().key(), (username + " own passphrase").toCharArray(),
                "10.0.0.9");
        return authenticator.login(username, (username + " own passphrase").toCharArray(), "10.0.0.9").subject();
    }

    /** The user opens the link the administrator passed on and chooses {@code password}; returns it. */
    public String choosePassword(NewUser created, String password) {
        authenticator.setPasswordWithLink(created.passwordLink().key(), password.toCharArray(), "10.0.0.9");
        return password;
    }

    public Team team(String name) {
        return CurrentSubject.callAs(admin(), () -> users.saveTeam(new Team(0, name, null)));
    }

    /** A module registry for {@code DataSourceModuleDatabases} that fails the test on a migration failure. */
    public ModuleRegistry modules() {
        return new MigrationsMustSucceed();
    }

    public AuditLog audit() {
        return auditLog;
    }

    public DataSource jdbc() {
        return dataSource;
    }

    @Override
    public void close() {
        database.close();
        testDatabase.close();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(auditFiles)) {
            for (java.nio.file.Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            // a temporary folder left behind
        }
    }

    public static SecurityConfiguration configuration(String adminPassword) {
        return new SecurityConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SecurityConfiguration.class;
            }

            @Override
            public int lockout_threshold() {
                return 5;
            }

            @Override
            public int lockout_accountThreshold() {
                return 50;
            }

            @Override
            public int lockout_addressThreshold() {
                return 30;
            }

            @Override
            public int lockout_minutes() {
                return 15;
            }

            @Override
            public int delay_max_seconds() {
                return 30;
            }

            @Override
            public int passwordLink_hours() {
                return 72;
            }

            @Override
            public String admin_username() {
                return "admin";
            }

            @Override
            public String admin_initialPassword() {
                return adminPassword;
            }

            @Override
            public String audit_keyFile() {
                return "";
            }

            @Override
            public String audit_anchorFile() {
                return "";
            }

            @Override
            public int audit_retention_days() {
                return 0;
            }
        };
    }
}
