package org.mosaiccrm.platform.security.service.internal.password;

/**
 * Argon2id at its lowest cost (8 KiB, the least one lane may have, and 1 pass) for fixtures that
 * create and sign in many users: the same code and the same stored form as in production, where a
 * stored hash carries its own cost. At 1 MiB the hashing was half of every service test's time.
 * {@link PasswordHasherTest} proves the production cost.
 */
public final class LowCostPasswordHasher {

    private LowCostPasswordHasher() {
    }

    public static PasswordHasher create() {
        return new PasswordHasher(8, 1);
    }
}
