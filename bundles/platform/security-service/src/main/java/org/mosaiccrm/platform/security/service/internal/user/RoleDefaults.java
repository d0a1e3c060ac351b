package org.mosaiccrm.platform.security.service.internal.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the roles and default grants modules bring ({@link PermissionProvider#roleTemplates()},
 * {@link PermissionProvider#defaultGrants()}) when a module's provider appears: a missing role is
 * created as built-in; each default grant is applied once and remembered in {@code SEC_ROLE_DEFAULT},
 * so a grant an administrator changed or removed is never put back, not at the next start nor at a
 * reinstall. Platform roles and platform permissions take no defaults from a module. The platform
 * thereby names no business area: each module brings its own.
 */
@Component(service = RoleDefaults.class, immediate = true)
public class RoleDefaults {

    private static final Set<String> PLATFORM_ROLES = UserAdministration.PLATFORM_ROLES;

    private final Logger logger = LoggerFactory.getLogger(RoleDefaults.class);
    private final SecurityDatabase database;
    private final GrantResolver grants;
    private final AuditLog auditLog;

    @Activate
    public RoleDefaults(@Reference SecurityDatabase database, @Reference GrantResolver grants, @Reference AuditLog auditLog) {
        this.database = database;
        this.grants = grants;
        this.auditLog = auditLog;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(PermissionProvider provider) {
        try {
            String module = provider.permissions().stream().map(PermissionDefinition::module).findFirst()
                    .orElse(provider.getClass().getName());
            apply(module, provider.roleTemplates(), provider.defaultGrants());
        } catch (RuntimeException e) {
            logger.error("The roles and default grants of {} were not applied", provider.getClass().getName(), e);
        }
    }

    void removeProvider(PermissionProvider provider) {
        // the roles stay with their holders and the grants stay stored; without the module they reach nothing
    }

    /** What one module's provider changed: roles created and grants added ({@code role permission scope}). */
    public record Applied(List<String> rolesCreated, List<String> grantsAdded) {
    }

    public Applied apply(String module, List<RoleTemplate> templates, List<DefaultGrant> defaults) {
        Instant now = Instant.now();
        Applied applied = database.inTransaction(em -> {
            List<String> created = new ArrayList<>();
            for (RoleTemplate template : templates) {
                if (PLATFORM_ROLES.contains(template.code())) {
                    logger.warn("Module '{}' may not bring the platform role '{}'", module, template.code());
                } else if (em.find(RoleEntity.class, template.code()) == null) {
                    RoleEntity role = new RoleEntity(template.code(), template.name(), true);
                    em.persist(role);
                    created.add(template.code());
                }
            }
            em.flush();
            List<String> added = new ArrayList<>();
            for (DefaultGrant grant : defaults) {
                if (applyOnce(em, module, grant, now)) {
                    added.add(grant.role() + " " + grant.permission() + " " + grant.scope());
                }
            }
            return new Applied(created, added);
        });
        if (!applied.rolesCreated().isEmpty() || !applied.grantsAdded().isEmpty()) {
            grants.invalidate();
            auditLog.record(AuditEvent.security("role.defaults.applied", "Module", module, List.of(
                    new FieldChange("rolesCreated", null, String.join(", ", applied.rolesCreated())),
                    new FieldChange("grantsAdded", null, String.join(", ", applied.grantsAdded())))));
            logger.info("Module '{}': roles {} created, default grants {} applied", module, applied.rolesCreated(),
                    applied.grantsAdded());
        }
        return applied;
    }

    private boolean applyOnce(EntityManager em, String module, DefaultGrant grant, Instant now) {
        if (PLATFORM_ROLES.contains(grant.role()) || !BusinessRoles.isBusinessGrant(grant.permission())) {
            logger.warn("Module '{}' may not grant '{}' to '{}': platform roles and permissions take no module defaults",
                    module, grant.permission(), grant.role());
            return false;
        }
        RoleEntity role = em.find(RoleEntity.class, grant.role());
        if (role == null) {
            logger.debug("Module '{}': no role '{}' for its default grant '{}'", module, grant.role(), grant.permission());
            return false;
        }
        boolean decided = !em.createNativeQuery("SELECT 1 FROM SEC_ROLE_DEFAULT WHERE ROLE_CODE = ? AND PERMISSION = ?")
                .setParameter(1, grant.role()).setParameter(2, grant.permission()).getResultList().isEmpty();
        if (decided) {
            return false; // applied before, then kept, changed or removed by an administrator
        }
        em.createNativeQuery("INSERT INTO SEC_ROLE_DEFAULT (ROLE_CODE, PERMISSION, MODULE, APPLIED_AT) VALUES (?, ?, ?, ?)")
                .setParameter(1, grant.role()).setParameter(2, grant.permission()).setParameter(3, module)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        if (role.getGrants().containsKey(grant.permission())) {
            return false; // an administrator granted it already, maybe with another scope: that stays
        }
        role.getGrants().put(grant.permission(), grant.scope());
        return true;
    }
}
