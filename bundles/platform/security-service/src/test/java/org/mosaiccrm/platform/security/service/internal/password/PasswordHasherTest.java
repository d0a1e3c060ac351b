package org.mosaiccrm.platform.security.service.internal.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher production = new PasswordHasher();

    @Test
    void hashesAtOwaspsArgon2idCostWithASaltOfItsOwn() {
        String first = production.hash("correct horse battery staple".toCharArray());
        String second = production.hash("correct horse battery staple".toCharArray());

        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(production.verify("correct horse battery staple".toCharArray(), first));
        assertFalse(production.verify("correct horse battery stapl".toCharArray(), first));
    }

    @Test
    void aStoredHashIsCheckedAtItsOwnCostSoRaisingTheCostKeepsOldPasswordsValid() {
        String cheaper = LowCostPasswordHasher.create().hash("old password kept".toCharArray());

        assertTrue(cheaper.startsWith("$argon2id$v=19$m=8,t=1,p=1$"), cheaper);
        assertTrue(production.verify("old password kept".toCharArray(), cheaper));
        assertFalse(production.verify("old password lost".toCharArray(), cheaper));
    }

    @Test
    void refusesWhatIsNotAnArgon2idHash() {
        assertFalse(production.verify("x".toCharArray(), null));
        assertFalse(production.verify("x".toCharArray(), "plain"));
        assertFalse(production.verify("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv"));
    }
}
