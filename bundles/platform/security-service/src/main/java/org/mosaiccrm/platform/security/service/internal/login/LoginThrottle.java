package org.mosaiccrm.platform.security.service.internal.login;

import java.time.Duration;
import java.time.Instant;

/**
 * The growing delay and lockout rule: after the second failure in a row each further attempt must
 * wait 1, 2, 4, ... seconds (up to a maximum); at the threshold the account locks for a while.
 */
public record LoginThrottle(int threshold, Duration lockout, Duration maxDelay) {

    /** The failure state of one account (or of one unknown user name). */
    public record State(int failures, Instant lastFailure, Instant lockedUntil) {
        public static final State CLEAN = new State(0, null, null);
    }

    /** How long the caller must still wait before an attempt is even checked; zero when allowed. */
    public Duration waitBefore(State state, Instant now) {
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return Duration.between(now, state.lockedUntil());
        }
        if (state.failures() >= 2 && state.lastFailure() != null && !isLockExpired(state, now)) {
            Instant allowed = state.lastFailure().plus(delayAfter(state.failures()));
            if (now.isBefore(allowed)) {
                return Duration.between(now, allowed);
            }
        }
        return Duration.ZERO;
    }

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** The state after one more failure at {@code now}. */
    public State fail(State state, Instant now) {
        int failures = (isLockExpired(state, now) ? 0 : state.failures()) + 1;
        Instant lockedUntil = failures >= threshold ? now.plus(lockout) : null;
        return new State(failures, now, lockedUntil);
    }

    Duration delayAfter(int failures) {
        long seconds = 1L << Math.min(30, failures - 2);
        return seconds >= maxDelay.toSeconds() ? maxDelay : Duration.ofSeconds(seconds);
    }

    private static boolean isLockExpired(State state, Instant now) {
        return state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
    }
}
