package org.mosaiccrm.platform.security.service.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.LoginResult.Outcome;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.PasswordRejectedException;
import org.mosaiccrm.platform.security.SecurityEvents;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/** Logins, password rules, growing delay and lockout on a real database, with a controllable clock. */
class AuthenticatorTest {

    private SecurityFixture security;
    private Instant now = Instant.parse("2026-11-24T09:00:00Z");

    @BeforeEach
    void open(TestInfo test) {
        security = new SecurityFixture(test.getTestMethod().orElseThrow().getName());
        security.authenticator.useClock(new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
    }

    @AfterEach
    void close() {
        security.close();
    }

    private LoginResult login(String user, String password) {
        return security.authenticator.login(user, password.toCharArray(), "192.0.2.7");
    }

    @Test
    void firstAdministratorMustChangeTheOneTimePassword() {
        LoginResult first = login("admin", SecurityFixture.ADMIN_PASSWORD);
        assertEquals(Outcome.PASSWORD_CHANGE_REQUIRED, first.outcome());
        CurrentSubject.runAs(first.subject(), () -> {
            assertThrows(PasswordRejectedException.class, () -> security.authenticator
                    .changeOwnPassword("wrong-current".toCharArray(), "a fine new passphrase".toCharArray()));
            PasswordRejectedException common = assertThrows(PasswordRejectedException.class, () -> security.authenticator
                    .changeOwnPassword(SecurityFixture.ADMIN_PASSWORD.toCharArray(), "password1".toCharArray()));
            assertEquals("password.common", common.getMessage());
            security.authenticator.changeOwnPassword(SecurityFixture.ADMIN_PASSWORD.toCharArray(),
                    "a fine new passphrase".toCharArray());
        });
        assertEquals(Outcome.SUCCESS, login("admin", "a fine new passphrase").outcome());
        assertEquals(Outcome.INVALID, login("admin", SecurityFixture.ADMIN_PASSWORD).outcome());
    }

    @Test
    void passwordRulesFollowAsvs() {
        PasswordRulesCheck rules = new PasswordRulesCheck(security);
        assertEquals("password.tooShort", rules.reason("short7!"));
        assertEquals("password.common", rules.reason("12345678"));
        assertEquals("password.common", rules.reason("Qwertyuiop"));
        assertEquals("password.sameAsUser", rules.reason("someone-long"));
        assertEquals("password.weak", rules.reason("x".repeat(64)), "long, but one character repeated");
        assertEquals("password.weak", rules.reason("adminadmin"));
        assertEquals("password.weak", rules.reason("aaaaaaaa"));
        assertEquals("password.weak", rules.reason("abcdefgh"));
        assertEquals("password.weak", rules.reason("mosaiccrm"), "the product's own name");
        assertEquals("", rules.reason("lin passphrase"));
        assertEquals("", rules.reason("密码很长也可以用中文"));
        assertEquals("password.tooLong", rules.reason("x".repeat(129)));
    }

    @Test
    void repeatedFailuresSlowDownThenLockEvenTheRightPassword() {
        Subject admin = security.admin();
        NewUser eve = CurrentSubject.callAs(admin,
                () -> security.users.createUser(new UserDraft("eve", "Eve", null, Set.of("sales-rep"))));
        String evePassword = security.choosePassword(eve, "eve own passphrase");
        assertEquals(Outcome.INVALID, login("eve", "wrong-1").outcome());
        assertEquals(Outcome.INVALID, login("eve", "wrong-2").outcome());
        LoginResult tooSoon = login("eve", evePassword);
        assertEquals(Outcome.TOO_SOON, tooSoon.outcome());
        assertEquals(Duration.ofSeconds(1), tooSoon.retryAfter());
        now = now.plusSeconds(1);
        assertEquals(Outcome.INVALID, login("eve", "wrong-3").outcome());
        assertEquals(Duration.ofSeconds(2), login("eve", "wrong").retryAfter());
        now = now.plusSeconds(2);
        assertEquals(Outcome.INVALID, login("eve", "wrong-4").outcome());
        now = now.plusSeconds(4);
        LoginResult locked = login("eve", "wrong-5");
        assertEquals(Outcome.LOCKED, locked.outcome());
        assertEquals(Duration.ofMinutes(15), locked.retryAfter());
        assertEquals(Outcome.LOCKED, login("eve", evePassword).outcome());
        now = now.plus(Duration.ofMinutes(15));
        assertTrue(login("eve", evePassword).loggedIn());

        List<AuditEntry> entries = CurrentSubject.callAs(security.user("auditor1", null, "auditor"),
                () -> security.audit().find(new AuditQuery(null, "security", null, null, null, null, 100)));
        assertEquals(5, entries.stream().filter(e -> e.action().equals("login.failure")
                && e.changes().stream().anyMatch(c -> "eve".equals(c.after()))
                && e.changes().stream().anyMatch(c -> c.after().startsWith("wrong password"))).count());
        assertTrue(entries.stream().noneMatch(e -> e.changes().stream()
                .anyMatch(c -> evePassword.equals(c.after()) || "wrong-1".equals(c.after()))),
                "no password in the audit log");
    }

    @Test
    void aStrangersWrongPasswordsLockTheStrangerNotTheOwnerAndAreAuditedOncePerWindow() {
        Subject admin = security.admin();
        NewUser owner = CurrentSubject.callAs(admin,
                () -> security.users.createUser(new UserDraft("owner", "Owner", null, Set.of("sales-rep"))));
        String ownerPassword = security.choosePassword(owner, "owner own passphrase");
        String stranger = "198.51.100.66";
        for (int i = 0; i < 25; i++) { // 25 requests in a few seconds, as a script sends them
            security.authenticator.login("owner", ("guess-" + i).toCharArray(), stranger);
            now = now.plusMillis(350);
        }
        assertTrue(security.authenticator.login("owner", ownerPassword.toCharArray(), "203.0.113.5").loggedIn(),
                "the owner signs in from their own address");
        assertTrue(!security.authenticator.login("owner", ownerPassword.toCharArray(), stranger).loggedIn(),
                "the stranger's address stays throttled, even with the right password");

        List<AuditEntry> strangers = CurrentSubject.callAs(security.user("auditor2", null, "auditor"),
                () -> security.audit().find(new AuditQuery(null, "security", null, null, null, null, 200))).stream()
                .filter(e -> stranger.equals(e.address())).toList();
        // each checked failure (5 until the lock) and the first refusal of each throttled window, not one per request
        assertEquals(5, strangers.stream().filter(e -> e.action().equals("login.failure")
                && e.changes().stream().anyMatch(c -> String.valueOf(c.after()).startsWith("wrong password"))).count());
        assertTrue(strangers.size() <= 10, "at most one entry per window, not 25: " + strangers.size());
        assertTrue(strangers.stream().anyMatch(e -> e.changes().stream()
                .anyMatch(c -> String.valueOf(c.after()).contains("refused while throttled"))), "the refusals are counted");

        // an administrator lifts every delay at once
        CurrentSubject.callAs(admin, () -> security.users.unlock(
                security.users.users().stream().filter(u -> u.username().equals("owner")).findFirst().orElseThrow().id()));
        assertEquals(Outcome.INVALID, security.authenticator.login("owner", "guess-again".toCharArray(), stranger).outcome());

        // guessing from many addresses locks the account everywhere, at a far higher count
        for (int i = 0; i < 50; i++) {
            security.authenticator.login("owner", ("wide-" + i).toCharArray(), "203.0.113." + (100 + i % 50) + "");
            now = now.plusSeconds(1);
        }
        assertEquals(Outcome.LOCKED, security.authenticator.login("owner", ownerPassword.toCharArray(),
                "203.0.113.5").outcome());
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDownWithoutTouchingOtherAddresses() {
        Subject admin = security.admin();
        NewUser owner = CurrentSubject.callAs(admin,
                () -> security.users.createUser(new UserDraft("spread", "Spread", null, Set.of("sales-rep"))));
        String ownerPassword = security.choosePassword(owner, "spread own passphrase");
        String sprayer = "198.51.100.99";
        for (int i = 0; i < 30; i++) { // one guess per name: no name is throttled on its own
            assertEquals(Outcome.INVALID, security.authenticator.login("name" + i, "guess".toCharArray(), sprayer).outcome());
            now = now.plusMillis(200);
        }
        LoginResult next = security.authenticator.login("spread", ownerPassword.toCharArray(), sprayer);
        assertEquals(Outcome.TOO_SOON, next.outcome(), "the 31st attempt from that address waits, whatever the name");
        assertTrue(security.authenticator.login("spread", ownerPassword.toCharArray(), "203.0.113.9").loggedIn(),
                "another address is not slowed down");
        now = now.plus(next.retryAfter());
        assertEquals(Outcome.INVALID, security.authenticator.login("name-x", "guess".toCharArray(), sprayer).outcome(),
                "after the wait one more attempt is checked");
        assertEquals(Outcome.TOO_SOON, security.authenticator.login("name-y", "guess".toCharArray(), sprayer).outcome());
        now = now.plusSeconds(16 * 60);
        assertEquals(Outcome.INVALID, security.authenticator.login("name-z", "guess".toCharArray(), sprayer).outcome(),
                "quiet for lockout.minutes: the address starts afresh");
    }

    @Test
    void unknownUsersGetTheSameAnswersAsWrongPasswords() {
        assertEquals(Outcome.INVALID, login("nobody", "whatever-1").outcome());
        assertEquals(Outcome.INVALID, login("nobody", "whatever-2").outcome());
        assertEquals(Outcome.TOO_SOON, login("nobody", "whatever-3").outcome());
    }

    @Test
    void disablingEndsSessionsAndRefusesLogin() {
        Subject admin = security.admin();
        Subject rep = security.user("ray", null, "sales-rep");
        assertTrue(security.authenticator.isActive(rep));
        CurrentSubject.runAs(admin, () -> security.users.setEnabled(rep.userId(), false));
        assertFalse(security.authenticator.isActive(rep));
        assertTrue(security.events.stream().anyMatch(e -> e.getTopic().equals(SecurityEvents.SESSIONS_REVOKED)
                && Long.valueOf(rep.userId()).equals(e.getProperty("id"))));
        assertEquals(Outcome.INVALID, login("ray", "ray own passphrase").outcome());
        CurrentSubject.runAs(rep, () -> assertFalse(security.policy.isPermitted("customer.read")));
    }

    /** Reaches the rules through the public change-password path. */
    private static final class PasswordRulesCheck {
        private final SecurityFixture security;

        PasswordRulesCheck(SecurityFixture security) {
            this.security = security;
        }

        String reason(String password) {
            try {
                security.rules.check("someone-long", password.toCharArray());
                return "";
            } catch (PasswordRejectedException e) {
                return e.getMessage();
            }
        }
    }
}
