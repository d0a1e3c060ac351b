package org.mosaiccrm.platform.security.service.internal.password;

/**
 * Argon2id at its lowest cost (1 MiB, 1 pass) for fixtures that create and sign in many users:
 * the same code and the same stored form as in production, where a stored hash carries its own
 * cost. {@link PasswordHasherTest} proves the production cost.
 */
public final class LowCostPasswordHasher {

    private LowCostPasswordHasher() {
    }

    public static PasswordHasher create() {
        return new PasswordHasher(1024, 1);
    }
}
