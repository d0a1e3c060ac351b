package org.mosaiccrm.platform.security.service.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
import org.mosaiccrm.platform.security.LoginResult.Outcome;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.PasswordLink;
import org.mosaiccrm.platform.security.PasswordRejectedException;
import org.mosaiccrm.platform.security.SecurityEvents;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/**
 * Issue 24.1: a new user's first password reaches that user, not the administrator. The
 * administrator gets a single-use link; the user chooses the password with it.
 */
class PasswordLinkTest {

    private SecurityFixture security;
    private Subject admin;
    private Instant now = Instant.now();

    @BeforeEach
    void open(TestInfo test) {
        security = new SecurityFixture(test.getTestMethod().orElseThrow().getName());
        admin = security.admin();
        security.authenticator.useClock(new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        });
    }

    @AfterEach
    void close() {
        security.close();
    }

    private NewUser create(String username) {
        return CurrentSubject.callAs(admin, () -> security.users.createUser(new UserDraft(username, username, null, Set.of())));
    }

    private String setPassword(PasswordLink link, String password, String address) {
        return security.authenticator.setPasswordWithLink(link.key(), password.toCharArray(), address);
    }

    @Test
    void theNewUserChoosesThePasswordOnceAndTheAdministratorNeverHoldsOne() throws SQLException {
        NewUser nina = create("nina");
        PasswordLink link = nina.passwordLink();
        assertTrue(link.pathAndQuery().startsWith("/set-password?key="), link.pathAndQuery());
        assertFalse(link.toString().contains(link.key()), "the key stays out of logs");
        assertTrue(nina.user().mustChangePassword(), "no usable password yet");
        assertEquals("nina", security.authenticator.passwordLinkUser(link.key()));
        // nothing the administrator could know signs in before the user has chosen
        assertEquals(Outcome.INVALID, security.authenticator.login("nina", link.key().toCharArray(), "192.0.2.1").outcome());
        assertEquals(List.of(), storedValuesContaining(link.key()), "only the link's hash is stored");

        PasswordRejectedException weak = assertThrows(PasswordRejectedException.class,
                () -> setPassword(link, "ninanina", "198.51.100.20"));
        assertTrue(weak.getMessage().startsWith("password."), weak.getMessage());
        assertEquals("nina", security.authenticator.passwordLinkUser(link.key()), "a refused password keeps the link");

        assertEquals("nina", setPassword(link, "nina chooses her own", "198.51.100.20"));
        assertEquals(Outcome.SUCCESS, security.authenticator.login("nina", "nina chooses her own".toCharArray(),
                "198.51.100.20").outcome(), "no second change asked for");
        assertEquals("passwordLink.used", assertThrows(PasswordRejectedException.class,
                () -> security.authenticator.passwordLinkUser(link.key())).getMessage());
        PasswordRejectedException again = assertThrows(PasswordRejectedException.class,
                () -> setPassword(link, "someone else's choice", "203.0.113.66"));
        assertEquals("passwordLink.used", again.getMessage(), "whoever comes second learns the link was used");
        assertEquals(Outcome.SUCCESS, security.authenticator.login("nina", "nina chooses her own".toCharArray(),
                "198.51.100.20").outcome(), "the second use changed nothing");

        List<AuditEntry> entries = CurrentSubject.callAs(security.user("auditor1", null, "auditor"),
                () -> security.audit().find(new AuditQuery(null, "security", null, null, null, null, 100)));
        List<AuditEntry> used = entries.stream().filter(e -> e.action().equals("user.passwordSetWithLink")
                && e.recordId().equals(String.valueOf(nina.user().id()))).toList();
        assertEquals(1, used.size(), "once: the second attempt changed nothing");
        assertEquals("nina", used.get(0).username(), "done by the user");
        assertEquals("198.51.100.20", used.get(0).address(), "from where the link was opened");
    }

    @Test
    void anExpiredUnknownOrDisabledUsersLinkDoesNothing() {
        NewUser late = create("late");
        now = late.passwordLink().expiresAt().plusSeconds(1);
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> security.authenticator.passwordLinkUser(late.passwordLink().key())).getMessage());
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> setPassword(late.passwordLink(), "too late for this", "192.0.2.9")).getMessage());
        now = Instant.now();

        char[] forged = late.passwordLink().key().toCharArray();
        forged[0] = forged[0] == 'A' ? 'B' : 'A';
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> setPassword(new PasswordLink(new String(forged), now), "a guessed link", "192.0.2.9")).getMessage());
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> setPassword(new PasswordLink("x".repeat(5000), now), "a long link", "192.0.2.9")).getMessage());
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> security.authenticator.passwordLinkUser(null)).getMessage());

        NewUser gone = create("gone");
        CurrentSubject.runAs(admin, () -> security.users.setEnabled(gone.user().id(), false));
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> setPassword(gone.passwordLink(), "gone but not forgotten", "192.0.2.9")).getMessage());
    }

    @Test
    void aResetEndsThePasswordTheSessionsAndTheEarlierLink() {
        NewUser omar = create("omar");
        PasswordLink first = omar.passwordLink();
        setPassword(first, "omar's first passphrase", "192.0.2.30");
        PasswordLink second = CurrentSubject.callAs(admin, () -> security.users.resetPassword(omar.user().id()));
        assertEquals(Outcome.INVALID, security.authenticator.login("omar", "omar's first passphrase".toCharArray(),
                "192.0.2.30").outcome(), "the old password no longer works");
        assertTrue(security.events.stream().anyMatch(e -> e.getTopic().equals(SecurityEvents.SESSIONS_REVOKED)));
        User reset = CurrentSubject.callAs(admin, () -> security.users.users()).stream()
                .filter(u -> u.username().equals("omar")).findFirst().orElseThrow();
        assertTrue(reset.mustChangePassword());

        PasswordLink third = CurrentSubject.callAs(admin, () -> security.users.resetPassword(omar.user().id()));
        assertEquals("passwordLink.invalid", assertThrows(PasswordRejectedException.class,
                () -> setPassword(second, "from the replaced link", "192.0.2.30")).getMessage(), "a newer link replaces it");
        setPassword(third, "omar's second passphrase", "192.0.2.30");
        assertEquals(Outcome.SUCCESS, security.authenticator.login("omar", "omar's second passphrase".toCharArray(),
                "192.0.2.30").outcome());
    }

    /** Every SEC_USER value containing {@code text}, as whoever reads the database sees it. */
    private List<String> storedValuesContaining(String text) throws SQLException {
        try (Connection connection = security.jdbc().getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select * from SEC_USER")) {
            List<String> found = new java.util.ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = rows.getString(i);
                    if (value != null && value.contains(text)) {
                        found.add(rows.getMetaData().getColumnName(i));
                    }
                }
            }
            return found;
        }
    }

}
