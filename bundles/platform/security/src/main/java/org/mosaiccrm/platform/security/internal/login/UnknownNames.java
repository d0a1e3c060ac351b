package org.mosaiccrm.platform.security.internal.login;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.platform.security.internal.login.LoginThrottle.State;

/** Failure states of user names that do not exist, bounded so guessing names cannot fill the heap. */
final class UnknownNames {

    private final Map<String, State> states;

    UnknownNames(int capacity) {
        this.states = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                return size() > capacity;
            }
        });
    }

    State state(String key) {
        return states.getOrDefault(key, State.CLEAN);
    }

    void put(String key, State state) {
        states.put(key, state);
    }
}
