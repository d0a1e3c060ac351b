package org.mosaiccrm.platform.security.service.internal.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.LoginResult.Outcome;
import org.mosaiccrm.platform.security.NotAuthenticatedException;
import org.mosaiccrm.platform.security.PasswordRejectedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityConfiguration;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.mosaiccrm.platform.security.service.internal.login.LoginThrottle.State;
import org.mosaiccrm.platform.security.service.internal.password.PasswordHasher;
import org.mosaiccrm.platform.security.service.internal.password.PasswordLinks;
import org.mosaiccrm.platform.security.service.internal.password.PasswordRules;
import org.mosaiccrm.platform.security.service.internal.user.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Logins against {@code SEC_USER}. Failures slow down and lock per user name and client address
 * ({@link LoginFailures}, for known and unknown names alike, with the same answers and timing, so a
 * caller cannot tell which names exist): a stranger's wrong passwords lock the stranger's address,
 * not the owner. The account's own count (in the database, surviving a restart) locks it everywhere
 * only at a much higher threshold, against guessing from many addresses. Refusals while throttled
 * are audited once per window, with their number in the next entry.
 */
@Component(service = Authenticator.class, configurationPid = SecurityConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SecurityConfiguration.class)
public class DatabaseAuthenticator implements Authenticator {

    private final SecurityDatabase database;
    private final PasswordHasher hasher;
    private final PasswordRules rules;
    private final PasswordLinks passwordLinks;
    private final GrantResolver grants;
    private final AuditLog auditLog;
    private final LoginThrottle throttle;
    private final LoginThrottle accountThrottle;
    private final LoginFailures failures;
    private final int addressThreshold;
    private final Duration lockout;
    private final Duration maxDelay;
    private volatile Clock clock = Clock.systemUTC();

    @Activate
    public DatabaseAuthenticator(@Reference SecurityDatabase database, @Reference PasswordHasher hasher,
            @Reference PasswordRules rules, @Reference GrantResolver grants, @Reference AuditLog auditLog,
            @Reference LoginFailures failures, @Reference PasswordLinks passwordLinks,
            SecurityConfiguration configuration) {
        this.database = database;
        this.hasher = hasher;
        this.rules = rules;
        this.grants = grants;
        this.auditLog = auditLog;
        this.failures = failures;
        this.passwordLinks = passwordLinks;
        Duration lockout = Duration.ofMinutes(Math.max(1, configuration.lockout_minutes()));
        Duration maxDelay = Duration.ofSeconds(Math.max(1, configuration.delay_max_seconds()));
        this.addressThreshold = Math.max(1, configuration.lockout_addressThreshold());
        this.lockout = lockout;
        this.maxDelay = maxDelay;
        this.throttle = new LoginThrottle(Math.max(1, configuration.lockout_threshold()), lockout, maxDelay);
        this.accountThrottle = new LoginThrottle(Math.max(configuration.lockout_threshold(),
                configuration.lockout_accountThreshold()), lockout, maxDelay);
    }

    @Override
    public LoginResult login(String username, char[] password, String address) {
        String name = username == null ? "" : username.strip();
        Instant now = clock.instant();
        try {
            if (name.isEmpty() || name.length() > 64 || password == null || password.length > MAX_PASSWORD * 2) {
                return LoginResult.refused(Outcome.INVALID, Duration.ZERO);
            }
            Attempt attempt = database.inTransaction(em -> attempt(em, name, password, address, now));
            if (attempt.subject() != null) {
                grants.invalidate();
            }
            if (attempt.audited()) {
                audit(attempt, name, address);
            }
            return attempt.result();
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * @param audited whether it goes into the audit log (of a throttled window, only the first refusal)
     */
    private record Attempt(LoginResult result, Subject subject, String reason, boolean audited) {
    }

    private Attempt attempt(EntityManager em, String name, char[] password, String address, Instant now) {
        String key = UserEntity.key(name);
        Optional<UserEntity> found = em.createQuery("select u from UserEntity u where u.usernameKey = :key",
                UserEntity.class).setParameter("key", key).getResultList().stream().findFirst();
        State account = found.map(u -> new State(u.getFailedLogins(), u.getLastFailureAt(), u.getLockedUntil()))
                .orElse(State.CLEAN);
        LoginFailures.Failures here = failures.of(key, address);
        Duration wait = throttle.waitBefore(here.state(), now);
        if (accountThrottle.isLocked(account, now)) {
            wait = longer(wait, Duration.between(now, account.lockedUntil()));
        }
        wait = longer(wait, failures.addressWait(address, now, addressThreshold, lockout, maxDelay));
        if (!wait.isZero()) {
            Outcome outcome = throttle.isLocked(here.state(), now) || accountThrottle.isLocked(account, now)
                    ? Outcome.LOCKED : Outcome.TOO_SOON;
            int refused = failures.refused(key, address);
            return new Attempt(LoginResult.refused(outcome, wait), null, outcome.name().toLowerCase(), refused == 1);
        }
        String throttled = here.refused() > 0 ? ", " + here.refused() + " attempts refused while throttled before" : "";
        State next = throttle.fail(here.state(), now);
        if (found.isEmpty()) {
            hasher.verifyNobody(password);
            failures.failed(key, address, next);
            failures.addressFailed(address, now, lockout);
            return failed(next, now, "unknown user" + throttled);
        }
        UserEntity user = found.get();
        // a service account never signs in: refused as a wrong password is, taking as long
        boolean matches;
        if (user.isServiceAccount()) {
            hasher.verifyNobody(password);
            matches = false;
        } else {
            matches = hasher.verify(password, user.getPasswordHash());
        }
        if (!matches || !user.isEnabled()) {
            failures.failed(key, address, next);
            failures.addressFailed(address, now, lockout);
            State nextAccount = accountThrottle.fail(account, now);
            user.recordFailure(nextAccount.failures(), nextAccount.lastFailure(), nextAccount.lockedUntil());
            State worse = accountThrottle.isLocked(nextAccount, now) ? nextAccount : next;
            return failed(worse, now, (matches ? "disabled" : "wrong password") + throttled);
        }
        user.clearFailures();
        failures.succeeded(key, address);
        Subject subject = new Subject(user.getId(), user.getUsername(), user.getDisplayName(), address);
        Outcome outcome = user.isMustChangePassword() ? Outcome.PASSWORD_CHANGE_REQUIRED : Outcome.SUCCESS;
        return new Attempt(new LoginResult(outcome, subject, Duration.ZERO), subject, "", true);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Attempt failed(State next, Instant now, String reason) {
        if (next.lockedUntil() != null && now.isBefore(next.lockedUntil())) {
            return new Attempt(LoginResult.refused(Outcome.LOCKED, Duration.between(now, next.lockedUntil())), null,
                    reason + ", locked", true);
        }
        return new Attempt(LoginResult.refused(Outcome.INVALID, Duration.ZERO), null, reason, true);
    }

    private void audit(Attempt attempt, String name, String address) {
        Subject actor = attempt.subject() != null ? attempt.subject() : new Subject(0, "anonymous", null, address);
        CurrentSubject.runAs(actor, () -> {
            if (attempt.subject() != null) {
                auditLog.record(AuditEvent.security("login.success", "User", attempt.subject().userId(), List.of()));
            } else {
                auditLog.record(AuditEvent.security("login.failure", "User", "", List.of(
                        new FieldChange("username", null, name), new FieldChange("reason", null, attempt.reason()))));
            }
        });
    }

    /** Tests move time forward instead of sleeping through the delays. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    @Override
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        Subject subject = CurrentSubject.get().orElseThrow(NotAuthenticatedException::new);
        try {
            database.runInTransaction(em -> {
                UserEntity user = em.find(UserEntity.class, subject.userId());
                if (user == null || !user.isEnabled()) {
                    throw new NotAuthenticatedException();
                }
                if (!hasher.verify(currentPassword, user.getPasswordHash())) {
                    throw new PasswordRejectedException("password.wrongCurrent");
                }
                if (Arrays.equals(currentPassword, newPassword)) {
                    throw new PasswordRejectedException("password.unchanged");
                }
                rules.check(user.getUsername(), newPassword);
                user.setPasswordHash(hasher.hash(newPassword), false);
            });
        } finally {
            Arrays.fill(currentPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
        grants.invalidate();
        FirstStartPassword.remove();
        auditLog.record(AuditEvent.security("user.passwordChanged", "User", subject.userId(),
                List.of(new FieldChange("password", "old", "new"))));
    }

    @Override
    public String passwordLinkUser(String key) {
        Instant now = clock.instant();
        return database.read(em -> usableLink(em, key, now).getUsername());
    }

    private UserEntity usableLink(EntityManager em, String key, Instant now) {
        UserEntity user = passwordLinks.find(em, key).orElseThrow(() -> new PasswordRejectedException("passwordLink.invalid"));
        if (user.getPasswordLinkUsedAt() != null) {
            throw new PasswordRejectedException("passwordLink.used");
        }
        if (!PasswordLinks.works(user, now)) {
            throw new PasswordRejectedException("passwordLink.invalid");
        }
        return user;
    }

    @Override
    public String setPasswordWithLink(String key, char[] newPassword, String address) {
        Instant now = clock.instant();
        Subject owner;
        try {
            owner = database.inTransaction(em -> {
                UserEntity user = usableLink(em, key, now);
                rules.check(user.getUsername(), newPassword);
                user.setPasswordHash(hasher.hash(newPassword), false);
                user.passwordLinkUsed(now);
                user.clearFailures();
                failures.unlock(UserEntity.key(user.getUsername()));
                return new Subject(user.getId(), user.getUsername(), user.getDisplayName(), address);
            });
        } finally {
            Arrays.fill(newPassword, '\0');
        }
        grants.invalidate();
        // by the user, from the address the link was opened at: an administrator using it shows here
        CurrentSubject.runAs(owner, () -> auditLog.record(AuditEvent.security("user.passwordSetWithLink", "User",
                owner.userId(), List.of(new FieldChange("password", null, "chosen by the user")))));
        return owner.username();
    }

    @Override
    public boolean isActive(Subject subject) {
        return subject != null && grants.of(subject).active();
    }

    @Override
    public boolean mustChangePassword(Subject subject) {
        return subject != null && database.read(em -> {
            UserEntity user = em.find(UserEntity.class, subject.userId());
            return user != null && user.isEnabled() && user.isMustChangePassword();
        });
    }

    @Override
    public void logout(Subject subject) {
        CurrentSubject.runAs(subject, () -> auditLog.record(
                AuditEvent.security("logout", "User", subject.userId(), List.of())));
    }
}
