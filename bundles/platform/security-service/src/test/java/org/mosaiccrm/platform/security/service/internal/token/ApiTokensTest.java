package org.mosaiccrm.platform.security.service.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.ApiToken;
import org.mosaiccrm.platform.security.ApiTokenSecret;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/** API tokens on the build's database: made within one's own permissions, scoped, revoked, dead with their user. */
class ApiTokensTest {

    private SecurityFixture security;
    private DatabaseApiTokens tokens;
    private Subject rep;

    @BeforeEach
    void setUp() {
        security = new SecurityFixture("apitokens");
        security.catalog.addProvider(() -> List.of(new PermissionDefinition("customer.read", "customer", Action.READ, false),
                new PermissionDefinition("customer.create", "customer", Action.CREATE, false),
                new PermissionDefinition("customer.delete", "customer", Action.DELETE, false)));
        tokens = new DatabaseApiTokens(security.database, security.policy, security.grants, security.catalog, security.auditLog);
        rep = security.user("tokenrep", null, "sales-rep");
    }

    @AfterEach
    void tearDown() {
        security.close();
    }

    @Test
    void aTokenActsAsItsUserWithOnlyItsScopesAndOnlyAsLongAsItWorks() {
        assertEquals(Set.of("customer.read", "customer.create"), CurrentSubject.callAs(rep, tokens::grantable), "not delete: reps lack it");
        ApiTokenSecret made = CurrentSubject.callAs(rep, () -> tokens.create(" ERP ", LocalDate.now().plusDays(7), Set.of("customer.read")));
        assertTrue(made.secret().startsWith("mcrm_") && made.secret().length() > 40, "256 random bits");
        assertFalse(made.toString().contains(made.secret()), "never in a log");
        assertEquals("ERP", made.token().name());

        Subject caller = tokens.authenticate(made.secret(), "10.0.0.9").orElseThrow();
        assertEquals(rep.userId(), caller.userId());
        assertEquals("10.0.0.9", caller.address());
        assertTrue(CurrentSubject.callAs(caller, () -> security.policy.isPermitted("customer.read")));
        assertFalse(CurrentSubject.callAs(caller, () -> security.policy.isPermitted("customer.create")), "held, but not given to the token");
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(caller, () -> tokens.create("more", LocalDate.now(),
                Set.of("customer.read"))), "a token makes no tokens");
        ApiToken listed = CurrentSubject.callAs(rep, tokens::mine).get(0);
        assertNotNull(listed.lastUsed(), "its use is recorded");
        assertTrue(tokens.authenticate(made.secret().substring(0, made.secret().length() - 1) + "x", "").isEmpty());

        CurrentSubject.runAs(rep, () -> tokens.revoke(listed.id()));
        assertTrue(tokens.authenticate(made.secret(), "").isEmpty(), "revoked: at once");
        assertTrue(CurrentSubject.callAs(rep, tokens::mine).get(0).revoked());
    }

    @Test
    void aTokenIsRefusedWithoutANameAnExpiryWithinAYearOrScopesItsUserHolds() {
        assertEquals("name", refused(() -> tokens.create(" ", LocalDate.now(), Set.of("customer.read"))).field());
        assertEquals("expires", refused(() -> tokens.create("x", LocalDate.now().minusDays(1), Set.of("customer.read"))).field());
        assertEquals("expires", refused(() -> tokens.create("x", LocalDate.now().plusDays(400), Set.of("customer.read"))).field());
        assertEquals("scopes", refused(() -> tokens.create("x", LocalDate.now(), Set.of())).field());
        assertEquals("scopes", refused(() -> tokens.create("x", LocalDate.now(), Set.of("customer.delete"))).field());
        assertTrue(CurrentSubject.callAs(rep, tokens::mine).isEmpty(), "nothing kept");
    }

    @Test
    void anotherUsersTokenCannotBeRevokedAndADisabledUsersTokensStop() {
        Subject other = security.user("tokenother", null, "sales-rep");
        ApiTokenSecret made = CurrentSubject.callAs(rep, () -> tokens.create("ERP", LocalDate.now(), Set.of("customer.read")));
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.runAs(other, () -> tokens.revoke(made.token().id())));
        assertTrue(tokens.authenticate(made.secret(), "").isPresent());
        CurrentSubject.runAs(security.admin(), () -> security.users.setEnabled(rep.userId(), false));
        assertTrue(tokens.authenticate(made.secret(), "").isEmpty(), "its user disabled");
    }

    @Test
    void aServiceAccountNeverSignsInAndWorksThroughTokensAUserAdministratorMakes() {
        Subject admin = security.admin();
        User account = CurrentSubject.callAs(admin, () -> security.users.createServiceAccount(
                new UserDraft("erp-sync", "ERP 同步", null, Set.of("sales-rep"))));
        assertTrue(account.serviceAccount());
        assertFalse(account.mustChangePassword());
        assertTrue(account.roles().isEmpty(), "its business role waits for a second administrator");
        assertTrue(CurrentSubject.callAs(admin, () -> tokens.grantableFor(account.id())).isEmpty(), "nothing to give before that");
        security.approveRoles("erp-sync");
        assertEquals(Set.of("customer.read", "customer.create"), CurrentSubject.callAs(admin, () -> tokens.grantableFor(account.id())));

        assertFalse(security.authenticator.login("erp-sync", "".toCharArray(), "10.0.0.9").loggedIn(), "no password sign-in");
        assertFalse(security.authenticator.login("erp-sync", "anything at all".toCharArray(), "10.0.0.9").loggedIn());
        assertEquals("user.serviceAccount.noPassword", assertThrows(InputRefusedException.class,
                () -> CurrentSubject.callAs(admin, () -> security.users.resetPassword(account.id()))).getMessage(), "no password link");

        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(rep, () -> tokens.createFor(account.id(), "ERP",
                LocalDate.now().plusDays(30), Set.of("customer.read"))), "only a user administrator");
        assertEquals("account", assertThrows(InputRefusedException.class, () -> CurrentSubject.callAs(admin,
                () -> tokens.createFor(rep.userId(), "ERP", LocalDate.now(), Set.of("customer.read")))).field(),
                "a person makes their own tokens");
        assertEquals("scopes", assertThrows(InputRefusedException.class, () -> CurrentSubject.callAs(admin,
                () -> tokens.createFor(account.id(), "ERP", LocalDate.now(), Set.of("customer.delete")))).field(),
                "not beyond the account's own permissions");
        ApiTokenSecret made = CurrentSubject.callAs(admin, () -> tokens.createFor(account.id(), "ERP", LocalDate.now().plusDays(30),
                Set.of("customer.read")));
        Subject caller = tokens.authenticate(made.secret(), "10.0.0.7").orElseThrow();
        assertEquals(account.id(), caller.userId(), "the token acts as the account, not as the administrator");
        assertTrue(CurrentSubject.callAs(caller, () -> security.policy.isPermitted("customer.read")));
        assertFalse(CurrentSubject.callAs(admin, () -> security.policy.isPermitted("customer.read")), "the administrator still reads nothing");
        assertEquals(1, CurrentSubject.callAs(admin, () -> tokens.of(account.id())).size());

        CurrentSubject.runAs(admin, () -> tokens.revokeOf(account.id(), made.token().id()));
        assertTrue(tokens.authenticate(made.secret(), "").isEmpty(), "revoked by the administrator: at once");
    }

    private InputRefusedException refused(Runnable work) {
        return assertThrows(InputRefusedException.class, () -> CurrentSubject.runAs(rep, work));
    }
}
