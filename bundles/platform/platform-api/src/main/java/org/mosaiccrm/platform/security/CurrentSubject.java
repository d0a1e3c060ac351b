package org.mosaiccrm.platform.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The subject of the calling thread. The UI host sets it for each request of a logged-in session;
 * background work (imports, scheduled jobs acting for a user) carries it over with
 * {@link #callAs}. Services never take the caller as a parameter: they ask the {@link AccessPolicy}.
 */
public final class CurrentSubject {

    private static final ThreadLocal<Subject> CURRENT = new ThreadLocal<>();

    private CurrentSubject() {
    }

    public static Optional<Subject> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as {@code subject}, restoring the previous subject afterwards. */
    public static <T> T callAs(Subject subject, Supplier<T> work) {
        try (Scope ignored = bind(subject)) {
            return work.get();
        }
    }

    /** Runs {@code work} as {@code subject}, restoring the previous subject afterwards. */
    public static void runAs(Subject subject, Runnable work) {
        callAs(subject, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Makes {@code subject} current until the returned scope is closed (for code that cannot pass a
     * lambda, such as a servlet's request handling).
     */
    public static Scope bind(Subject subject) {
        Subject previous = CURRENT.get();
        CURRENT.set(subject);
        return () -> restore(previous);
    }

    /** Restores the previous subject on close. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static void restore(Subject previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
