package org.mosaiccrm.platform.security.service.internal.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.platform.security.service.internal.login.LoginThrottle.State;
import org.osgi.service.component.annotations.Component;

/**
 * Failed sign-ins per user name and client address. A stranger's failures slow down and lock only
 * that stranger's address, so nobody can lock an account's owner out from where the owner signs
 * in; the account's own count (in the database) locks only at a much higher threshold, against
 * guessing from many addresses. Refusals while throttled are counted here, so the audit log gets one
 * entry per throttled window instead of one per request. Bounded, so guessing cannot fill the heap;
 * kept in memory (a restart forgets the per-address delays, not the account's count).
 */
@Component(service = LoginFailures.class)
public class LoginFailures {

    /** What one address has done with one user name. */
    record Failures(State state, int refused) {
        static final Failures NONE = new Failures(State.CLEAN, 0);
    }

    /** Failures from one address over all user names, in the current window. */
    record AddressFailures(int failures, Instant lastFailure) {
        static final AddressFailures NONE = new AddressFailures(0, null);
    }

    private static final int CAPACITY = 10_000;

    private final Map<String, AddressFailures> byAddress = bounded();

    private final Map<String, Failures> byNameAndAddress = bounded();

    /** At most {@link #CAPACITY} entries, the least recently used dropped first: guessing cannot fill the heap. */
    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CAPACITY;
            }
        });
    }

    Failures of(String nameKey, String address) {
        return byNameAndAddress.getOrDefault(key(nameKey, address), Failures.NONE);
    }

    /**
     * How long an attempt from {@code address} must wait because of the failures from there under any
     * name: nothing up to {@code threshold} failures, then a delay growing with each one; a window ends
     * after {@code window} without failure. A success does not end it (an attacker may own an account).
     */
    Duration addressWait(String address, Instant now, int threshold, Duration window, Duration maxDelay) {
        AddressFailures here = byAddress.getOrDefault(addressKey(address), AddressFailures.NONE);
        if (here.failures() < threshold || here.lastFailure().plus(window).isBefore(now)) {
            return Duration.ZERO;
        }
        long seconds = Math.min(maxDelay.toSeconds(), 1L << Math.min(30, here.failures() - threshold));
        Instant allowed = here.lastFailure().plusSeconds(seconds);
        return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    void addressFailed(String address, Instant now, Duration window) {
        byAddress.merge(addressKey(address), new AddressFailures(1, now), (old, one) ->
                old.lastFailure().plus(window).isBefore(now) ? one : new AddressFailures(old.failures() + 1, now));
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    /** Records a failure (a checked attempt): the window's refusals are reset. */
    void failed(String nameKey, String address, State state) {
        byNameAndAddress.put(key(nameKey, address), new Failures(state, 0));
    }

    /** Counts a refusal while throttled; returns how many there have been in this window, this one included. */
    int refused(String nameKey, String address) {
        synchronized (byNameAndAddress) {
            Failures now = of(nameKey, address);
            Failures next = new Failures(now.state(), now.refused() + 1);
            byNameAndAddress.put(key(nameKey, address), next);
            return next.refused();
        }
    }

    /** The address signed in: its failures are forgotten (other addresses' are not). */
    void succeeded(String nameKey, String address) {
        byNameAndAddress.remove(key(nameKey, address));
    }

    /** An administrator unlocked the user: every address may try again at once. */
    public void unlock(String nameKey) {
        String prefix = nameKey + "\n";
        synchronized (byNameAndAddress) {
            byNameAndAddress.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    private static String key(String nameKey, String address) {
        return nameKey + "\n" + (address == null ? "" : address);
    }
}
