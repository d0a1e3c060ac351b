package org.mosaiccrm.assembly;

import java.util.Set;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.security.UserDraft;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Real users for tests inside Karaf, made through the security module's own services: the first
 * administrator (its one-time password set in etc/org.mosaiccrm.security.cfg by the test support)
 * creates users with built-in roles, who log in and change their one-time passwords like people do.
 */
public final class TestUsers {

    public static final String ADMIN_INITIAL = "it-initial-admin-pass";
    public static final String ADMIN_PASSWORD = "it admin passphrase";

    private final Authenticator authenticator;
    private final UserAdministration administration;

    public TestUsers(BundleContext context) throws InterruptedException {
        this.authenticator = await(context, Authenticator.class);
        this.administration = await(context, UserAdministration.class);
    }

    /** The user administrator, logged in (its one-time password changed on first use). */
    public Subject admin() {
        LoginResult result = authenticator.login("admin", ADMIN_PASSWORD.toCharArray(), "127.0.0.1");
        if (result.loggedIn()) {
            return result.subject();
        }
        LoginResult first = authenticator.login("admin", ADMIN_INITIAL.toCharArray(), "127.0.0.1");
        if (!first.loggedIn()) {
            throw new AssertionError("admin cannot log in: " + first);
        }
        CurrentSubject.runAs(first.subject(),
                () -> authenticator.changeOwnPassword(ADMIN_INITIAL.toCharArray(), ADMIN_PASSWORD.toCharArray()));
        return first.subject();
    }

    /** A user with the given roles (created on first use; the password is the name + " passphrase"). */
    public Subject user(String username, Long teamId, String... roles) {
        String password = username + " passphrase";
        Subject admin = admin();
        // asked, not tried: failed sign-ins from one address are throttled after a few dozen names
        if (CurrentSubject.callAs(admin, () -> administration.users().stream().anyMatch(u -> u.username().equals(username)))) {
            LoginResult existing = authenticator.login(username, password.toCharArray(), "127.0.0.1");
            if (existing.outcome() != LoginResult.Outcome.SUCCESS) {
                throw new AssertionError(username + " cannot log in: " + existing);
            }
            return existing.subject();
        }
        NewUser created = CurrentSubject.callAs(admin,
                () -> administration.createUser(new UserDraft(username, username, teamId, Set.of(roles))));
        approveRoles(username);
        // as the user does with the link the administrator passed on
        authenticator.setPasswordWithLink(created.passwordLink().key(), password.toCharArray(), "127.0.0.1");
        return authenticator.login(username, password.toCharArray(), "127.0.0.1").subject();
    }

    /** A second user administrator: business roles the first one asks for take effect when it approves them. */
    public Subject secondAdmin() {
        String password = "it second admin passphrase";
        LoginResult existing = authenticator.login("admin2", password.toCharArray(), "127.0.0.1");
        if (existing.outcome() == LoginResult.Outcome.SUCCESS) {
            return existing.subject();
        }
        NewUser created = CurrentSubject.callAs(admin(),
                () -> administration.createUser(new UserDraft("admin2", "Second administrator", null, Set.of("user-admin"))));
        authenticator.setPasswordWithLink(created.passwordLink().key(), password.toCharArray(), "127.0.0.1");
        return authenticator.login("admin2", password.toCharArray(), "127.0.0.1").subject();
    }

    /** Approves, as the second administrator, the business roles waiting for {@code username}. */
    public void approveRoles(String username) {
        Subject second = secondAdmin();
        CurrentSubject.runAs(second, () -> administration.businessRoleGrants().stream()
                .filter(g -> g.username().equals(username) && g.status() == org.mosaiccrm.platform.security.RoleGrant.Status.PENDING)
                .forEach(g -> administration.decideRoleGrant(g.requestId(), true)));
    }

    /** The team called {@code name}, made on first use. */
    public org.mosaiccrm.platform.security.Team team(String name) {
        return org.mosaiccrm.platform.security.CurrentSubject.callAs(admin(), () -> administration().teams().stream()
                .filter(t -> t.name().equals(name)).findFirst()
                .orElseGet(() -> administration().saveTeam(new org.mosaiccrm.platform.security.Team(0, name, null))));
    }

    public UserAdministration administration() {
        return administration;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    private static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(120_000);
        if (service == null) {
            throw new AssertionError("no " + type.getName());
        }
        return service;
    }
}
