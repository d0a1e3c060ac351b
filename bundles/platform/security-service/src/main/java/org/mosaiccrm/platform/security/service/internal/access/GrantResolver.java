package org.mosaiccrm.platform.security.service.internal.access;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.user.RoleEntity;
import org.mosaiccrm.platform.security.service.internal.user.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Resolves and caches each user's grants. Every change of users, roles or teams calls {@link
 * #invalidate()}, so checks see the change on their next call without a database read per check.
 */
@Component(service = GrantResolver.class)
public class GrantResolver {

    private final SecurityDatabase database;
    private final Map<Long, UserGrants> cache = new ConcurrentHashMap<>();

    @Activate
    public GrantResolver(@Reference SecurityDatabase database) {
        this.database = database;
    }

    public UserGrants of(Subject subject) {
        return cache.computeIfAbsent(subject.userId(), this::load);
    }

    /**
     * The subject's scope for {@code permission}; empty without it. An API token's subject has it only
     * if the token's scopes name it too. The empty permission asks only whether the subject is an
     * active user.
     */
    public Optional<RecordScope> scope(Optional<Subject> subject, String permission) {
        return subject.filter(s -> permission.isEmpty() || s.mayUse(permission)).flatMap(s -> of(s).scope(permission));
    }

    public void invalidate() {
        cache.clear();
    }

    private UserGrants load(long userId) {
        return database.read(em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null || !user.isEnabled() || user.isMustChangePassword()) {
                return UserGrants.inactive(userId);
            }
            List<Map<String, RecordScope>> roleGrants = user.getRoles().isEmpty() ? List.of()
                    : em.createQuery("select r from RoleEntity r where r.code in :codes", RoleEntity.class)
                            .setParameter("codes", user.getRoles()).getResultList().stream()
                            .map(RoleEntity::getGrants).toList();
            Set<Long> teamMembers = new HashSet<>();
            if (user.getTeamId() != null) {
                teamMembers.addAll(em.createQuery("select u.id from UserEntity u where u.teamId = :team", Long.class)
                        .setParameter("team", user.getTeamId()).getResultList());
            }
            Set<Long> ledMembers = new HashSet<>(em.createQuery("select u.id from UserEntity u, TeamEntity t"
                    + " where u.teamId = t.id and t.leadId = :lead", Long.class)
                    .setParameter("lead", userId).getResultList());
            return new UserGrants(userId, true, UserGrants.merge(roleGrants), teamMembers, ledMembers);
        });
    }
}
