package org.mosaiccrm.platform.security.service.internal.password;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.security.PasswordLink;
import org.mosaiccrm.platform.security.service.internal.SecurityConfiguration;
import org.mosaiccrm.platform.security.service.internal.Sha256;
import org.mosaiccrm.platform.security.service.internal.user.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Single-use links for choosing a password, so that a new user's password reaches that user and not
 * the administrator. The key has 256 random bits, so its plain SHA-256 is a safe thing to store (no
 * guessing to slow down); whoever reads the database cannot use a link.
 */
@Component(service = PasswordLinks.class, configurationPid = SecurityConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PasswordLinks {

    private static final int KEY_BYTES = 32;
    private static final int KEY_CHARS = 43;

    private final SecureRandom random = new SecureRandom();
    private final PasswordHasher hasher;
    private final Duration lifetime;

    @Activate
    public PasswordLinks(@Reference PasswordHasher hasher, SecurityConfiguration configuration) {
        this.hasher = hasher;
        this.lifetime = Duration.ofHours(Math.max(1, configuration.passwordLink_hours()));
    }

    /**
     * Gives the user a new link, replacing any earlier one, and a password nobody knows (what the user
     * had stops working, and a sign-in attempt costs the same time as for anyone else).
     */
    public PasswordLink issue(UserEntity user, Instant now) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        random.nextBytes(bytes);
        user.setPasswordHash(hasher.hash(Base64.getEncoder().encodeToString(bytes).toCharArray()), true);
        Instant expires = now.plus(lifetime);
        user.setPasswordLink(hash(key), expires);
        return new PasswordLink(key, expires);
    }

    /** The user whose link this is, used or not, expired or not. */
    public Optional<UserEntity> find(EntityManager em, String key) {
        if (key == null || key.length() != KEY_CHARS) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserEntity u where u.passwordLinkHash = :hash", UserEntity.class)
                .setParameter("hash", hash(key)).getResultList().stream().findFirst();
    }

    /** Whether the user's link can still be used. */
    public static boolean works(UserEntity user, Instant now) {
        return user.isEnabled() && user.getPasswordLinkUsedAt() == null && user.getPasswordLinkExpires() != null
                && now.isBefore(user.getPasswordLinkExpires());
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
