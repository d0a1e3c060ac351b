package org.mosaiccrm.platform.security;

import java.time.Duration;

/**
 * The outcome of a login attempt. Unknown user, wrong password and disabled account all read
 * {@link Outcome#INVALID}, so the answer never tells which user names exist.
 *
 * @param outcome    what happened
 * @param subject    the logged-in subject for {@code SUCCESS} and {@code PASSWORD_CHANGE_REQUIRED}
 * @param retryAfter how long to wait for {@code TOO_SOON} and {@code LOCKED}, else zero
 */
public record LoginResult(Outcome outcome, Subject subject, Duration retryAfter) {

    public enum Outcome {
        SUCCESS, PASSWORD_CHANGE_REQUIRED, INVALID, TOO_SOON, LOCKED
    }

    public boolean loggedIn() {
        return outcome == Outcome.SUCCESS || outcome == Outcome.PASSWORD_CHANGE_REQUIRED;
    }

    public static LoginResult refused(Outcome outcome, Duration retryAfter) {
        return new LoginResult(outcome, null, retryAfter);
    }
}
