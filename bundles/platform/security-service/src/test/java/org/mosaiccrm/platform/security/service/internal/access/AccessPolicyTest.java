package org.mosaiccrm.platform.security.service.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.NotAuthenticatedException;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/** Function-level and record-level decisions of the real policy over real roles and teams. */
class AccessPolicyTest {

    private SecurityFixture security;

    @BeforeEach
    void open(TestInfo test) {
        security = new SecurityFixture(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        security.close();
    }

    @Test
    void withoutSubjectEverythingIsRefused() {
        assertFalse(security.policy.isPermitted(""));
        assertThrows(NotAuthenticatedException.class, () -> security.policy.require("customer.read"));
    }

    @Test
    void userAdministratorManagesUsersButReadsNoBusinessData() {
        Subject admin = security.admin();
        CurrentSubject.runAs(admin, () -> {
            assertTrue(security.policy.isPermitted("security.users.administer"));
            assertFalse(security.policy.isPermitted("customer.read"));
            assertFalse(security.policy.isPermitted("audit.read"));
            assertThrows(AccessDeniedException.class, () -> security.policy.require("customer.read"));
        });
    }

    @Test
    void userRoleAndTeamChangesByOthersAreRefusedAndWriteNothing() {
        Subject auditor = security.user("audrey", null, "auditor");
        Subject admin = security.admin();
        int usersBefore = CurrentSubject.callAs(admin, () -> security.users.users().size());
        int rolesBefore = CurrentSubject.callAs(admin, () -> security.users.roles().size());
        int teamsBefore = CurrentSubject.callAs(admin, () -> security.users.teams().size());
        long audreyId = auditor.userId();
        CurrentSubject.runAs(auditor, () -> {
            assertThrows(AccessDeniedException.class,
                    () -> security.users.createUser(new UserDraft("mallory", "Mallory", null, Set.of("sales-manager"))));
            assertThrows(AccessDeniedException.class, () -> security.users.setEnabled(audreyId, false));
            assertThrows(AccessDeniedException.class, () -> security.users.resetPassword(audreyId));
            assertThrows(AccessDeniedException.class,
                    () -> security.users.saveRole(new Role("everything", "Everything", false, Map.of("audit.read", RecordScope.ALL))));
            assertThrows(AccessDeniedException.class, () -> security.users.saveTeam(new Team(0, "Shadow", audreyId)));
        });
        CurrentSubject.runAs(admin, () -> {
            assertEquals(usersBefore, security.users.users().size());
            assertEquals(rolesBefore, security.users.roles().size());
            assertEquals(teamsBefore, security.users.teams().size());
            assertTrue(security.users.users().stream().filter(u -> u.id() == audreyId).allMatch(u -> u.enabled()));
        });
        // the auditor still signs in with the same password: the refused reset changed nothing
        assertTrue(security.authenticator.login("audrey", "audrey own passphrase".toCharArray(), "").loggedIn());
    }

    @Test
    void pendingPasswordChangeGrantsNothing() {
        Subject admin = security.authenticator.login("admin", SecurityFixture.ADMIN_PASSWORD.toCharArray(), "").subject();
        CurrentSubject.runAs(admin, () -> assertFalse(security.policy.isPermitted("security.users.administer")));
    }

    @Test
    void repReachesOwnRecordsManagerTheTeamsAndOthersAreDeniedAndAudited() {
        Team north = security.team("North");
        Team south = security.team("South");
        Subject anna = security.user("anna", north.id(), "sales-rep");
        Subject bo = security.user("bo", north.id(), "sales-rep");
        Subject carl = security.user("carl", south.id(), "sales-rep");
        Subject mia = security.user("mia", north.id(), "sales-manager");

        CurrentSubject.runAs(anna, () -> {
            assertEquals(OwnerFilter.owners(Set.of(anna.userId())), security.policy.ownerFilter("customer.read"));
            security.policy.requireRecord("customer.edit", anna.userId(), "Customer#1");
            assertThrows(AccessDeniedException.class,
                    () -> security.policy.requireRecord("customer.edit", bo.userId(), "Customer#2"));
            assertThrows(AccessDeniedException.class, () -> security.policy.require("customer.delete"));
        });
        CurrentSubject.runAs(mia, () -> {
            assertEquals(Set.of(anna.userId(), bo.userId(), mia.userId()),
                    security.policy.ownerFilter("customer.read").ownerIds());
            security.policy.requireRecord("customer.delete", bo.userId(), "Customer#2");
            assertThrows(AccessDeniedException.class,
                    () -> security.policy.requireRecord("customer.read", carl.userId(), "Customer#3"));
        });

        Subject auditor = security.user("audrey", null, "auditor");
        List<AuditEntry> denials = CurrentSubject.callAs(auditor, () -> security.audit()
                .find(AuditQuery.latest(100))).stream().filter(e -> e.action().equals("access.denied")).toList();
        assertTrue(denials.stream().anyMatch(e -> e.username().equals("anna") && e.recordId().equals("Customer#2")));
        assertTrue(denials.stream().anyMatch(e -> e.username().equals("mia") && e.recordId().equals("Customer#3")));
    }

    @Test
    void teamLeadReachesLedTeamWithOwnScope() {
        Team east = security.team("East");
        Subject rep = security.user("rep", east.id(), "sales-rep");
        Subject lead = security.user("lead", null, "sales-rep");
        CurrentSubject.runAs(security.admin(), () -> security.users.saveTeam(new Team(east.id(), "East", lead.userId())));
        CurrentSubject.runAs(lead, () -> security.policy.requireRecord("customer.read", rep.userId(), "Customer#9"));
    }

    @Test
    void roleChangesTakeEffectAtOnceAndNoRoleMayGrantEverything() {
        Subject admin = security.admin();
        Subject dan = security.user("dan", null, "analyst");
        CurrentSubject.runAs(dan, () -> assertFalse(security.policy.isPermitted("customer.read")));
        CurrentSubject.runAs(admin, () -> {
            security.users.saveRole(new Role("readers", "Readers", false, Map.of("customer.read", RecordScope.ALL)));
            var user = security.users.users().stream().filter(u -> u.username().equals("dan")).findFirst().orElseThrow();
            security.users.updateUser(user.id(), new UserDraft("dan", "Dan", null, Set.of("analyst", "readers")),
                    user.version());
            security.approveRoles("dan"); // a business role: a second administrator approves it
            assertThrows(InputRefusedException.class,
                    () -> security.users.saveRole(new Role("god", "God", false, Map.of("*", RecordScope.ALL))));
            assertThrows(InputRefusedException.class, () -> security.users.saveRole(
                    new Role("user-admin", "Mine now", false, Map.of("customer.read", RecordScope.ALL))));
        });
        CurrentSubject.runAs(dan, () -> assertTrue(security.policy.ownerFilter("customer.read").all()));
    }

    @Test
    void grantPatternsMatchModulePermissions() {
        assertTrue(GrantPattern.of("sales*.read").matches("sales.read"));
        assertTrue(GrantPattern.of("sales*.read").matches("sales.quote.read"));
        assertFalse(GrantPattern.of("sales*.read").matches("sales.quote.edit"));
        assertTrue(GrantPattern.of("sales.*").matches("sales.approve"));
        assertFalse(GrantPattern.of("sales.*").matches("customer.read"));
        assertFalse(GrantPattern.isValid("*"));
        assertFalse(GrantPattern.isValid("*.read"));
    }
}
