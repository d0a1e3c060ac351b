package org.mosaiccrm.platform.security.service.internal.user;

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
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.RoleGrant;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/** Issue 24.1: no all-powerful administrator — business roles need a second person, nobody grants himself a role. */
class RoleGrantApprovalTest {

    private SecurityFixture security;
    private Subject admin;

    @BeforeEach
    void open(TestInfo test) {
        security = new SecurityFixture(test.getTestMethod().orElseThrow().getName());
        admin = security.admin();
    }

    @AfterEach
    void close() {
        security.close();
    }

    private User user(String username) {
        return CurrentSubject.callAs(admin, () -> security.users.users().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
    }

    private List<RoleGrant> pending(Subject who) {
        return CurrentSubject.callAs(who, () -> security.users.businessRoleGrants().stream()
                .filter(g -> g.status() == RoleGrant.Status.PENDING).toList());
    }

    @Test
    void theAdministratorGrantsHimselfNoRole() {
        User self = user("admin");
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CurrentSubject.runAs(admin,
                () -> security.users.updateUser(self.id(), new UserDraft("admin", self.displayName(), null,
                        Set.of("user-admin", "sales-rep")), self.version())));
        assertEquals("user.ownRoles", refused.getMessage());
        assertEquals(Set.of("user-admin"), user("admin").roles());
    }

    @Test
    void aSockPuppetGetsBusinessDataOnlyAfterASecondPersonApproves() {
        NewUser spy = CurrentSubject.callAs(admin,
                () -> security.users.createUser(new UserDraft("spy1", "Spy", null, Set.of("sales-rep"))));
        assertEquals(Set.of(), spy.user().roles(), "asked for, not granted");
        String spyPassword = security.choosePassword(spy, "spy1 own passphrase");
        Subject spySession = security.authenticator.login("spy1", spyPassword.toCharArray(), "10.0.0.7").subject();
        CurrentSubject.runAs(spySession, () -> assertFalse(security.policy.isPermitted("customer.read")));

        RoleGrant request = pending(admin).get(0);
        assertEquals("spy1", request.username());
        assertEquals("sales-rep", request.role());
        assertEquals("admin", request.requestedBy());
        InputRefusedException own = assertThrows(InputRefusedException.class,
                () -> CurrentSubject.runAs(admin, () -> security.users.decideRoleGrant(request.requestId(), true)));
        assertEquals("role.request.secondPerson", own.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> CurrentSubject.runAs(spySession, () -> security.users.decideRoleGrant(request.requestId(), true)));

        // the auditor sees it waiting, then granted and by whom
        Subject auditor = security.user("audrey", null, "auditor");
        assertTrue(pending(auditor).stream().anyMatch(g -> g.username().equals("spy1")));
        RoleGrant approved = CurrentSubject.callAs(security.secondAdmin(),
                () -> security.users.decideRoleGrant(request.requestId(), true));
        assertEquals(RoleGrant.Status.GRANTED, approved.status());
        assertEquals("admin2", approved.decidedBy());
        CurrentSubject.runAs(spySession, () -> assertTrue(security.policy.isPermitted("customer.read")));
        assertTrue(CurrentSubject.callAs(auditor, security.users::businessRoleGrants).stream().anyMatch(g ->
                g.username().equals("spy1") && g.status() == RoleGrant.Status.GRANTED && "admin2".equals(g.decidedBy())));
    }

    @Test
    void aRejectedRoleIsNeverGranted() {
        CurrentSubject.runAs(admin, () -> security.users.createUser(new UserDraft("eve", "Eve", null, Set.of("sales-rep"))));
        RoleGrant request = pending(admin).get(0);
        CurrentSubject.runAs(security.secondAdmin(), () -> security.users.decideRoleGrant(request.requestId(), false));
        assertEquals(Set.of(), user("eve").roles());
        assertTrue(pending(admin).isEmpty());
    }

    @Test
    void platformRolesNeedNoApproval() {
        NewUser second = CurrentSubject.callAs(admin,
                () -> security.users.createUser(new UserDraft("ops", "Ops", null, Set.of("user-admin"))));
        assertEquals(Set.of("user-admin"), second.user().roles());
    }

    @Test
    void aRoleThatGainsBusinessGrantsGoesBackToApprovalForItsHolders() {
        CurrentSubject.runAs(admin, () -> security.users.saveRole(
                new Role("helpers", "Helpers", false, Map.of("platform.modules.administer", RecordScope.ALL))));
        CurrentSubject.runAs(admin, () -> security.users.createUser(new UserDraft("puppet", "Puppet", null, Set.of("helpers"))));
        assertEquals(Set.of("helpers"), user("puppet").roles(), "no business data: granted at once");
        CurrentSubject.runAs(admin, () -> security.users.saveRole(new Role("helpers", "Helpers", false,
                Map.of("platform.modules.administer", RecordScope.ALL, "customer.read", RecordScope.ALL))));
        assertEquals(Set.of(), user("puppet").roles(), "now it gives business data: asked for again");
        assertTrue(pending(admin).stream().anyMatch(g -> g.username().equals("puppet") && g.role().equals("helpers")));
    }
}
