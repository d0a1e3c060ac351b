package org.mosaiccrm.platform.security.service.internal.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.RoleGrant;
import org.mosaiccrm.platform.security.Subject;

/** Business roles asked for ({@code SEC_ROLE_REQUEST}): which roles need a second person, the pending requests. */
final class RoleRequests {

    private RoleRequests() {
    }

    static boolean gainsBusiness(Role before, Role after) {
        return after.grants().keySet().stream().filter(BusinessRoles::isBusinessGrant)
                .anyMatch(grant -> !before.grants().containsKey(grant));
    }

    /** The business roles among {@code codes} (all business roles when {@code null}). */
    static Set<String> business(EntityManager em, Set<String> codes) {
        Set<String> result = new TreeSet<>();
        for (RoleEntity role : em.createQuery("select r from RoleEntity r", RoleEntity.class).getResultList()) {
            if ((codes == null || codes.contains(role.getCode())) && BusinessRoles.isBusiness(role.toRole())) {
                result.add(role.getCode());
            }
        }
        return result;
    }

    /** Pending requests for {@code roles} (one per user and role); returns the roles newly asked for. */
    static List<String> askFor(EntityManager em, long userId, Set<String> roles, Subject requester) {
        List<String> asked = new ArrayList<>();
        for (String role : roles) {
            boolean pending = !em.createQuery("select r.id from RoleGrantRequestEntity r where r.userId = :user"
                    + " and r.role = :role and r.status = :pending", Long.class).setParameter("user", userId)
                    .setParameter("role", role).setParameter("pending", RoleGrant.Status.PENDING).getResultList().isEmpty();
            if (!pending) {
                em.persist(new RoleGrantRequestEntity(userId, role, requester.userId(), Instant.now()));
                asked.add(role);
            }
        }
        return asked;
    }

    static RoleGrant toGrant(RoleGrantRequestEntity request, Map<Long, String> names) {
        return new RoleGrant(request.getId(), request.getUserId(), names.getOrDefault(request.getUserId(), "?"),
                request.getRole(), request.getStatus(), names.get(request.getRequestedBy()), request.getRequestedAt(),
                request.getDecidedBy() == null ? null : names.get(request.getDecidedBy()), request.getDecidedAt());
    }
}
