package org.mosaiccrm.platform.security.service.internal.access;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.RecordScope;

/**
 * What one user may do, resolved from roles and teams.
 *
 * @param active       enabled and no pending password change
 * @param teamMembers  members of the user's own team (the user included)
 * @param ledMembers   members of the teams the user leads
 */
public record UserGrants(long userId, boolean active, Map<GrantPattern, RecordScope> grants, Set<Long> teamMembers,
        Set<Long> ledMembers) {

    public static UserGrants inactive(long userId) {
        return new UserGrants(userId, false, Map.of(), Set.of(), Set.of());
    }

    /** The broadest scope any grant gives the permission; an empty permission needs only an active user. */
    public Optional<RecordScope> scope(String permission) {
        if (!active) {
            return Optional.empty();
        }
        if (permission == null || permission.isEmpty()) {
            return Optional.of(RecordScope.OWN);
        }
        RecordScope widest = null;
        for (Map.Entry<GrantPattern, RecordScope> grant : grants.entrySet()) {
            if (grant.getKey().matches(permission)) {
                widest = grant.getValue().widest(widest);
            }
        }
        return Optional.ofNullable(widest);
    }

    /** The owners a scope reaches; a team lead's own scope reaches the led teams. */
    public OwnerFilter owners(RecordScope scope) {
        if (scope == RecordScope.ALL) {
            return OwnerFilter.everyone();
        }
        Set<Long> owners = new HashSet<>(ledMembers);
        owners.add(userId);
        if (scope == RecordScope.TEAM) {
            owners.addAll(teamMembers);
        }
        return OwnerFilter.owners(owners);
    }

    static Map<GrantPattern, RecordScope> merge(List<Map<String, RecordScope>> roleGrants) {
        Map<GrantPattern, RecordScope> merged = new java.util.HashMap<>();
        for (Map<String, RecordScope> grants : roleGrants) {
            grants.forEach((pattern, scope) -> {
                if (GrantPattern.isValid(pattern)) {
                    merged.merge(GrantPattern.of(pattern), scope, RecordScope::widest);
                }
            });
        }
        return merged;
    }
}
