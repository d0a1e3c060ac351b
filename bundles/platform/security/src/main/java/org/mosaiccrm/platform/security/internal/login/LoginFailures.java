package org.mosaiccrm.platform.security.internal.login;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.platform.security.internal.login.LoginThrottle.State;
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

    private static final int CAPACITY = 10_000;

    private final Map<String, Failures> byNameAndAddress = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                    return size() > CAPACITY;
                }
            });

    Failures of(String nameKey, String address) {
        return byNameAndAddress.getOrDefault(key(nameKey, address), Failures.NONE);
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
