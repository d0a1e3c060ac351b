package org.mosaiccrm.platform.security.service.internal.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.ApiToken;
import org.mosaiccrm.platform.security.ApiTokenSecret;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.Sha256;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.mosaiccrm.platform.security.service.internal.access.PermissionCatalog;
import org.mosaiccrm.platform.security.service.internal.user.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * API tokens in {@code SEC_API_TOKEN}. A secret is 32 random bytes (base64url, after the prefix
 * {@code mcrm_}); its SHA-256 finds the row. What a call authenticates with is read once and kept in
 * memory until the token is revoked; whether its user is still active comes from the grant cache,
 * which every change of users empties, so a disabled user's tokens stop at once.
 */
@Component(service = ApiTokens.class)
public class DatabaseApiTokens implements ApiTokens {

    static final String PREFIX = "mcrm_";
    private static final int SECRET_BYTES = 32;
    private static final String AUDIT_TYPE = "ApiToken";
    /** A token's last use is written at most this often (a busy integration calls many times a second). */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final SecurityDatabase database;
    private final AccessPolicy policy;
    private final GrantResolver grants;
    private final PermissionCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** By the hash of the secret: the token, its user, and when its use was last written. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(ApiToken token, Subject user, Instant useRecorded) {
    }

    @Activate
    public DatabaseApiTokens(@Reference SecurityDatabase database, @Reference AccessPolicy policy, @Reference GrantResolver grants,
            @Reference PermissionCatalog catalog, @Reference AuditLog audit) {
        this(database, policy, grants, catalog, audit, Clock.systemDefaultZone());
    }

    DatabaseApiTokens(SecurityDatabase database, AccessPolicy policy, GrantResolver grants, PermissionCatalog catalog,
            AuditLog audit, Clock clock) {
        this.database = database;
        this.policy = policy;
        this.grants = grants;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ApiTokenSecret create(String name, LocalDate expires, Set<String> scopes) {
        Subject me = policy.subject();
        if (!me.scopes().isEmpty()) {
            throw new AccessDeniedException("api.tokens"); // a token never makes tokens
        }
        return issue(me, grantable(), name, expires, scopes, null);
    }

    @Override
    public ApiTokenSecret createFor(long serviceAccountId, String name, LocalDate expires, Set<String> scopes) {
        Subject admin = policy.require(UserAdministration.PERMISSION_USERS);
        if (!admin.scopes().isEmpty()) {
            throw new AccessDeniedException("api.tokens"); // a token never makes tokens
        }
        Subject account = serviceAccount(serviceAccountId);
        return issue(account, heldBy(account), name, expires, scopes, admin);
    }

    @Override
    public List<ApiToken> of(long serviceAccountId) {
        policy.require(UserAdministration.PERMISSION_USERS);
        return tokensOf(serviceAccount(serviceAccountId).userId());
    }

    @Override
    public Set<String> grantableFor(long serviceAccountId) {
        policy.require(UserAdministration.PERMISSION_USERS);
        return heldBy(serviceAccount(serviceAccountId));
    }

    @Override
    public void revokeOf(long serviceAccountId, long tokenId) {
        policy.require(UserAdministration.PERMISSION_USERS);
        revokeToken(serviceAccount(serviceAccountId).userId(), tokenId);
    }

    /** A token for {@code owner}, whose permissions now are {@code held}; {@code maker}: the administrator, for a service account. */
    private ApiTokenSecret issue(Subject owner, Set<String> held, String name, LocalDate expires, Set<String> scopes, Subject maker) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new InputRefusedException("name", "api.token.error.name", MAX_NAME);
        }
        LocalDate today = LocalDate.now(clock);
        if (expires == null || expires.isBefore(today) || expires.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InputRefusedException("expires", "api.token.error.expires", MAX_DAYS);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InputRefusedException("scopes", "api.token.error.noScope");
        }
        for (String scope : scopes) {
            if (!held.contains(scope)) {
                throw new InputRefusedException("scopes", "api.token.error.scope", scope);
            }
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiToken token = database.inTransaction(em -> {
            ApiTokenEntity entity = new ApiTokenEntity(owner.userId(), cleanName, hash(secret), scopes, expires, now);
            em.persist(entity);
            em.flush();
            return entity.toToken();
        });
        List<FieldChange> details = new ArrayList<>(List.of(new FieldChange("name", null, token.name()),
                new FieldChange("scopes", null, String.join(",", new TreeSet<>(token.scopes()))),
                new FieldChange("expires", null, token.expires().toString())));
        if (maker != null) {
            details.add(new FieldChange("serviceAccount", null, owner.username()));
        }
        audit.record(AuditEvent.security("api.token.created", AUDIT_TYPE, token.id(), details));
        return new ApiTokenSecret(token, secret);
    }

    /** The service account as a subject. @throws InputRefusedException when the user is none */
    private Subject serviceAccount(long userId) {
        return database.read(em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null || !user.isServiceAccount()) {
                throw new InputRefusedException("account", "api.token.error.notServiceAccount");
            }
            return new Subject(user.getId(), user.getUsername(), user.getDisplayName(), "");
        });
    }

    /** The permissions {@code subject} holds now (asked as that subject: enabled, roles, grants). */
    private Set<String> heldBy(Subject subject) {
        return CurrentSubject.callAs(subject, () -> {
            Set<String> held = new TreeSet<>();
            for (PermissionDefinition permission : catalog.all()) {
                if (policy.isPermitted(permission.id())) {
                    held.add(permission.id());
                }
            }
            return held;
        });
    }

    @Override
    public List<ApiToken> mine() {
        return tokensOf(policy.subject().userId());
    }

    private List<ApiToken> tokensOf(long userId) {
        return database.read(em -> em.createQuery("select t from ApiTokenEntity t where t.userId = :user order by t.id desc",
                ApiTokenEntity.class).setParameter("user", userId).getResultList().stream().map(ApiTokenEntity::toToken).toList());
    }

    @Override
    public Set<String> grantable() {
        return heldBy(policy.subject());
    }

    @Override
    public void revoke(long tokenId) {
        revokeToken(policy.subject().userId(), tokenId);
    }

    private void revokeToken(long ownerId, long tokenId) {
        ApiToken revoked = database.inTransaction(em -> {
            ApiTokenEntity entity = em.find(ApiTokenEntity.class, tokenId);
            if (entity == null || entity.userId() != ownerId) {
                throw new AccessDeniedException("api.token"); // another's token reads as none
            }
            entity.revoke(clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return entity.toToken();
        });
        known.values().removeIf(k -> k.token().id() == tokenId);
        audit.record(AuditEvent.security("api.token.revoked", AUDIT_TYPE, tokenId, List.of(new FieldChange("name", revoked.name(), null))));
    }

    @Override
    public Optional<Subject> authenticate(String secret, String address) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Known found = known.get(hash);
        if (found == null) {
            found = load(hash);
            if (found == null) {
                return Optional.empty();
            }
            known.put(hash, found);
        }
        Instant now = clock.instant();
        if (!found.token().works(LocalDate.now(clock)) || !grants.of(found.user()).active()) {
            return Optional.empty();
        }
        if (found.useRecorded() == null || found.useRecorded().plus(USE_RECORDED_EVERY).isBefore(now)) {
            recordUse(found.token().id(), now);
            known.put(hash, new Known(found.token(), found.user(), now));
        }
        Subject user = found.user();
        return Optional.of(new Subject(user.userId(), user.username(), user.displayName(), address, found.token().scopes()));
    }

    private Known load(String hash) {
        return database.read(em -> em.createQuery("select t from ApiTokenEntity t where t.secretHash = :hash", ApiTokenEntity.class)
                .setParameter("hash", hash).getResultList().stream().findFirst().map(token -> {
                    UserEntity user = em.find(UserEntity.class, token.userId());
                    return new Known(token.toToken(), new Subject(user.getId(), user.getUsername(), user.getDisplayName(), ""), null);
                }).orElse(null));
    }

    private void recordUse(long tokenId, Instant now) {
        database.runInTransaction(em -> {
            ApiTokenEntity entity = em.find(ApiTokenEntity.class, tokenId);
            if (entity != null) {
                entity.used(now.truncatedTo(ChronoUnit.MILLIS));
            }
        });
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
