package org.mosaiccrm.platform.security.service.internal.user;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Names of the users, for any signed-in caller; permissions come from the same cached grants as every check. */
@Component(service = UserDirectory.class)
public class DatabaseUserDirectory implements UserDirectory {

    private final SecurityDatabase database;
    private final AccessPolicy policy;
    private final GrantResolver grants;

    @Activate
    public DatabaseUserDirectory(@Reference SecurityDatabase database, @Reference AccessPolicy policy,
            @Reference GrantResolver grants) {
        this.database = database;
        this.policy = policy;
        this.grants = grants;
    }

    @Override
    public List<UserName> holders(String permission) {
        policy.subject();
        List<UserEntity> users = database.read(em -> em.createQuery(
                "select u from UserEntity u where u.enabled = true order by u.displayName", UserEntity.class).getResultList());
        return users.stream()
                .filter(u -> grants.of(new Subject(u.getId(), u.getUsername(), u.getDisplayName(), "")).scope(permission).isPresent())
                .map(u -> new UserName(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    @Override
    public List<UserName> enabledUsers() {
        policy.subject();
        return database.read(em -> em.createQuery("select u from UserEntity u where u.enabled = true order by u.displayName",
                UserEntity.class).getResultList()).stream().map(u -> new UserName(u.getId(), u.getUsername(), u.getDisplayName()))
                .toList();
    }

    @Override
    public List<UserName> membersOf(String roleCode) {
        policy.subject();
        return database.read(em -> em.createQuery("select u from UserEntity u where u.enabled = true and :role member of u.roles"
                + " order by u.displayName", UserEntity.class).setParameter("role", roleCode).getResultList())
                .stream().map(u -> new UserName(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        policy.subject();
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        database.read(em -> em.createQuery("select u from UserEntity u where u.id in :ids", UserEntity.class)
                .setParameter("ids", List.copyOf(userIds)).getResultList())
                .forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }

    @Override
    public Map<Long, Team> teamsOf(Collection<Long> userIds) {
        policy.subject();
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Team> teams = new LinkedHashMap<>();
        database.read(em -> em.createQuery("select u.id, t from UserEntity u, TeamEntity t where u.teamId = t.id and u.id in :ids",
                Object[].class).setParameter("ids", List.copyOf(userIds)).getResultList())
                .forEach(row -> teams.put((Long) row[0], ((TeamEntity) row[1]).toTeam()));
        return teams;
    }
}
