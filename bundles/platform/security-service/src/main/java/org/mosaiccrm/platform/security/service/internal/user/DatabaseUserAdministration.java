package org.mosaiccrm.platform.security.service.internal.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.PasswordLink;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.RoleGrant;
import org.mosaiccrm.platform.security.SecurityEvents;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.access.GrantPattern;
import org.mosaiccrm.platform.security.service.internal.access.GrantResolver;
import org.mosaiccrm.platform.security.service.internal.access.PermissionCatalog;
import org.mosaiccrm.platform.security.service.internal.login.LoginFailures;
import org.mosaiccrm.platform.security.service.internal.password.PasswordLinks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** User, role and team administration; every change is audited and refreshes cached grants. */
@Component(service = UserAdministration.class)
public class DatabaseUserAdministration implements UserAdministration {

    private static final String ROLE_USER_ADMIN = "user-admin";

    private final SecurityDatabase database;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;
    private final PasswordLinks passwordLinks;
    private final GrantResolver grants;
    private final PermissionCatalog catalog;
    private final EventAdmin eventAdmin;
    private final LoginFailures loginFailures;

    @Activate
    public DatabaseUserAdministration(@Reference SecurityDatabase database, @Reference AccessPolicy accessPolicy,
            @Reference AuditLog auditLog, @Reference PasswordLinks passwordLinks,
            @Reference GrantResolver grants, @Reference PermissionCatalog catalog, @Reference EventAdmin eventAdmin,
            @Reference LoginFailures loginFailures) {
        this.database = database;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.passwordLinks = passwordLinks;
        this.grants = grants;
        this.catalog = catalog;
        this.eventAdmin = eventAdmin;
        this.loginFailures = loginFailures;
    }

    @Override
    public List<User> users() {
        accessPolicy.require(PERMISSION_USERS);
        return database.read(em -> em.createQuery("select u from UserEntity u order by u.usernameKey", UserEntity.class)
                .getResultList().stream().map(UserEntity::toUser).toList());
    }

    @Override
    public NewUser createUser(UserDraft draft) {
        PasswordLink[] link = new PasswordLink[1];
        User user = create(draft, entity -> link[0] = passwordLinks.issue(entity, Instant.now()));
        return new NewUser(user, link[0]);
    }

    @Override
    public User createServiceAccount(UserDraft draft) {
        // no password and no link: it can never sign in to the UI; its API tokens come from an administrator
        return create(draft, UserEntity::makeServiceAccount);
    }

    private User create(UserDraft draft, Consumer<UserEntity> kind) {
        Subject admin = accessPolicy.require(PERMISSION_USERS);
        String username = AccountInput.username(draft.username());
        String displayName = AccountInput.name("displayName", draft.displayName(), 100);
        List<String> asked = new ArrayList<>();
        User user = database.inTransaction(em -> {
            checkReferences(em, draft);
            if (!em.createQuery("select u.id from UserEntity u where u.usernameKey = :key", Long.class)
                    .setParameter("key", UserEntity.key(username)).getResultList().isEmpty()) {
                throw new InputRefusedException("username", "user.username.taken");
            }
            UserEntity entity = new UserEntity(username, displayName, "", Instant.now());
            kind.accept(entity);
            entity.setTeamId(draft.teamId());
            Set<String> business = RoleRequests.business(em, draft.roles());
            Set<String> direct = new TreeSet<>(draft.roles());
            direct.removeAll(business);
            entity.setRoles(direct);
            em.persist(entity);
            em.flush();
            asked.addAll(RoleRequests.askFor(em, entity.getId(), business, admin));
            return entity.toUser();
        });
        grants.invalidate();
        auditLog.record(new AuditEvent(AuditEvent.SECURITY, "user.created", MODULE_ID, "User", String.valueOf(user.id()),
                changes(Map.of(), fields(user))));
        auditRequests(user.id(), asked);
        return user;
    }

    @Override
    public User updateUser(long id, UserDraft draft, long version) {
        Subject admin = accessPolicy.require(PERMISSION_USERS);
        List<String> asked = new ArrayList<>();
        String username = AccountInput.username(draft.username());
        String displayName = AccountInput.name("displayName", draft.displayName(), 100);
        User[] beforeAfter = database.inTransaction(em -> {
            UserEntity entity = existing(em, id);
            if (entity.getVersion() != version) {
                throw new InputRefusedException("version", "security.changedMeanwhile");
            }
            checkReferences(em, draft);
            if (admin.userId() == id && entity.getRoles().contains(ROLE_USER_ADMIN)
                    && !draft.roles().contains(ROLE_USER_ADMIN)) {
                throw new InputRefusedException("roles", "user.ownAdminRole");
            }
            Set<String> added = new TreeSet<>(draft.roles());
            added.removeAll(entity.getRoles());
            if (admin.userId() == id && !added.isEmpty()) {
                throw new InputRefusedException("roles", "user.ownRoles");
            }
            if (!em.createQuery("select u.id from UserEntity u where u.usernameKey = :key and u.id <> :id", Long.class)
                    .setParameter("key", UserEntity.key(username)).setParameter("id", id).getResultList().isEmpty()) {
                throw new InputRefusedException("username", "user.username.taken");
            }
            User before = entity.toUser();
            Set<String> business = RoleRequests.business(em, added);
            Set<String> roles = new TreeSet<>(draft.roles());
            roles.removeAll(business);
            entity.setUsername(username);
            entity.setDisplayName(displayName);
            entity.setTeamId(draft.teamId());
            entity.setRoles(roles);
            em.flush();
            asked.addAll(RoleRequests.askFor(em, id, business, admin));
            return new User[] { before, entity.toUser() };
        });
        grants.invalidate();
        auditLog.record(new AuditEvent(AuditEvent.SECURITY, "user.updated", MODULE_ID, "User", String.valueOf(id),
                changes(fields(beforeAfter[0]), fields(beforeAfter[1]))));
        auditRequests(id, asked);
        return beforeAfter[1];
    }

    @Override
    public User setEnabled(long id, boolean enabled) {
        Subject admin = accessPolicy.require(PERMISSION_USERS);
        if (!enabled && admin.userId() == id) {
            throw new InputRefusedException("enabled", "user.disableSelf");
        }
        User user = database.inTransaction(em -> {
            UserEntity entity = existing(em, id);
            entity.setEnabled(enabled);
            if (enabled) {
                entity.clearFailures();
            }
            em.flush();
            return entity.toUser();
        });
        grants.invalidate();
        auditLog.record(AuditEvent.security(enabled ? "user.enabled" : "user.disabled", "User", id, List.of()));
        if (!enabled) {
            revokeSessions(id);
        }
        return user;
    }

    @Override
    public PasswordLink resetPassword(long id) {
        accessPolicy.require(PERMISSION_USERS);
        PasswordLink link = database.inTransaction(em -> {
            UserEntity entity = existing(em, id);
            if (entity.isServiceAccount()) {
                throw new InputRefusedException("", "user.serviceAccount.noPassword");
            }
            PasswordLink issued = passwordLinks.issue(entity, Instant.now());
            entity.clearFailures();
            loginFailures.unlock(UserEntity.key(entity.getUsername()));
            return issued;
        });
        grants.invalidate();
        auditLog.record(AuditEvent.security("user.passwordReset", "User", id,
                List.of(new FieldChange("password", null, "link until " + link.expiresAt()))));
        revokeSessions(id);
        return link;
    }

    @Override
    public User unlock(long id) {
        accessPolicy.require(PERMISSION_USERS);
        User user = database.inTransaction(em -> {
            UserEntity entity = existing(em, id);
            entity.clearFailures();
            loginFailures.unlock(UserEntity.key(entity.getUsername()));
            em.flush();
            return entity.toUser();
        });
        auditLog.record(AuditEvent.security("user.unlocked", "User", id, List.of()));
        return user;
    }

    @Override
    public List<RoleGrant> businessRoleGrants() {
        if (!accessPolicy.isPermitted(PERMISSION_USERS)) {
            accessPolicy.require(AuditLog.PERMISSION_READ);
        }
        return database.read(em -> {
            Map<Long, String> names = new HashMap<>();
            em.createQuery("select u from UserEntity u", UserEntity.class).getResultList()
                    .forEach(u -> names.put(u.getId(), u.getUsername()));
            Set<String> business = RoleRequests.business(em, null);
            List<RoleGrant> result = new ArrayList<>();
            Set<String> approved = new HashSet<>();
            for (RoleGrantRequestEntity request : em.createQuery(
                    "select r from RoleGrantRequestEntity r order by r.requestedAt desc", RoleGrantRequestEntity.class)
                    .getResultList()) {
                result.add(RoleRequests.toGrant(request, names));
                if (request.getStatus() == RoleGrant.Status.GRANTED) {
                    approved.add(request.getUserId() + "\n" + request.getRole());
                }
            }
            // roles held from before approvals existed (the seeded ones, an upgrade)
            for (UserEntity user : em.createQuery("select u from UserEntity u order by u.usernameKey", UserEntity.class)
                    .getResultList()) {
                user.getRoles().stream().filter(business::contains).sorted()
                        .filter(role -> !approved.contains(user.getId() + "\n" + role))
                        .forEach(role -> result.add(new RoleGrant(null, user.getId(), user.getUsername(), role,
                                RoleGrant.Status.GRANTED, null, null, null, null)));
            }
            result.sort(Comparator.comparing((RoleGrant g) -> g.status() != RoleGrant.Status.PENDING));
            return result;
        });
    }

    @Override
    public RoleGrant decideRoleGrant(long requestId, boolean approve) {
        Subject decider = accessPolicy.require(PERMISSION_USERS);
        RoleGrant decided = database.inTransaction(em -> {
            RoleGrantRequestEntity request = em.find(RoleGrantRequestEntity.class, requestId);
            if (request == null || request.getStatus() != RoleGrant.Status.PENDING) {
                throw new InputRefusedException("request", "role.request.notPending");
            }
            if (request.getRequestedBy() == decider.userId() || request.getUserId() == decider.userId()) {
                throw new InputRefusedException("request", "role.request.secondPerson");
            }
            UserEntity user = existing(em, request.getUserId());
            if (approve && em.find(RoleEntity.class, request.getRole()) == null) {
                throw new InputRefusedException("request", "user.role.notFound");
            }
            request.decide(approve, decider.userId(), Instant.now());
            if (approve) {
                Set<String> roles = new TreeSet<>(user.getRoles());
                roles.add(request.getRole());
                user.setRoles(roles);
            }
            em.flush();
            Map<Long, String> names = new HashMap<>();
            names.put(user.getId(), user.getUsername());
            UserEntity requester = em.find(UserEntity.class, request.getRequestedBy());
            if (requester != null) {
                names.put(requester.getId(), requester.getUsername());
            }
            names.put(decider.userId(), decider.username());
            return RoleRequests.toGrant(request, names);
        });
        grants.invalidate();
        auditLog.record(AuditEvent.security(approve ? "role.grant.approved" : "role.grant.rejected", "User",
                decided.userId(), List.of(new FieldChange("role", null, decided.role()),
                        new FieldChange("requestedBy", null, decided.requestedBy()))));
        return decided;
    }

    private void auditRequests(long userId, List<String> roles) {
        for (String role : roles) {
            auditLog.record(AuditEvent.security("role.grant.requested", "User", userId,
                    List.of(new FieldChange("role", null, role))));
        }
    }

    @Override
    public List<Role> roles() {
        accessPolicy.require(PERMISSION_ROLES);
        return allRoles();
    }

    private List<Role> allRoles() {
        return database.read(em -> em.createQuery("select r from RoleEntity r order by r.code", RoleEntity.class)
                .getResultList().stream().map(RoleEntity::toRole).toList());
    }

    @Override
    public Role saveRole(Role role) {
        Subject editor = accessPolicy.require(PERMISSION_ROLES);
        Map<Long, List<String>> asked = new HashMap<>();
        String code = AccountInput.roleCode(role.code());
        String name = AccountInput.name("name", role.name(), 100);
        Map<String, RecordScope> checked = new LinkedHashMap<>();
        role.grants().forEach((pattern, scope) -> {
            if (!GrantPattern.isValid(pattern) || scope == null) {
                throw new InputRefusedException("grants", "role.grant.invalid");
            }
            checked.put(pattern, scope);
        });
        Role[] beforeAfter = database.inTransaction(em -> {
            RoleEntity entity = em.find(RoleEntity.class, code);
            if (entity != null && PLATFORM_ROLES.contains(code)) {
                throw new InputRefusedException("code", "role.builtIn");
            }
            if (entity != null && entity.isBuiltIn() && !entity.toRole().name().equals(name)) {
                // a module's role keeps its name (its label comes from the module); its grants are the administrator's
                throw new InputRefusedException("name", "role.builtInName");
            }
            Role before = entity == null ? null : entity.toRole();
            if (entity == null) {
                entity = new RoleEntity(code);
                em.persist(entity);
            }
            entity.update(name, checked);
            em.flush();
            if (before != null && RoleRequests.gainsBusiness(before, entity.toRole())) {
                // whoever holds it would get business data without anyone's approval: they ask again
                for (UserEntity holder : em.createQuery("select u from UserEntity u where :code member of u.roles",
                        UserEntity.class).setParameter("code", code).getResultList()) {
                    Set<String> roles = new TreeSet<>(holder.getRoles());
                    roles.remove(code);
                    holder.setRoles(roles);
                    asked.put(holder.getId(), RoleRequests.askFor(em, holder.getId(), Set.of(code), editor));
                }
                em.flush();
            }
            return new Role[] { before, entity.toRole() };
        });
        grants.invalidate();
        asked.forEach(this::auditRequests);
        auditLog.record(new AuditEvent(AuditEvent.SECURITY, beforeAfter[0] == null ? "role.created" : "role.updated",
                MODULE_ID, "Role", code, changes(fields(beforeAfter[0]), fields(beforeAfter[1]))));
        return beforeAfter[1];
    }

    @Override
    public void deleteRole(String code) {
        accessPolicy.require(PERMISSION_ROLES);
        Role removed = database.inTransaction(em -> {
            RoleEntity entity = em.find(RoleEntity.class, code);
            if (entity == null) {
                throw new InputRefusedException("code", "role.notFound");
            }
            if (entity.isBuiltIn()) {
                throw new InputRefusedException("code", "role.builtIn");
            }
            if (!em.createQuery("select u.id from UserEntity u where :code member of u.roles", Long.class)
                    .setParameter("code", code).setMaxResults(1).getResultList().isEmpty()) {
                throw new InputRefusedException("code", "role.inUse");
            }
            Role role = entity.toRole();
            em.remove(entity);
            return role;
        });
        grants.invalidate();
        auditLog.record(new AuditEvent(AuditEvent.SECURITY, "role.deleted", MODULE_ID, "Role", code,
                changes(fields(removed), Map.of())));
    }

    @Override
    public List<Team> teams() {
        accessPolicy.require(PERMISSION_USERS);
        return database.read(em -> em.createQuery("select t from TeamEntity t order by t.name", TeamEntity.class)
                .getResultList().stream().map(TeamEntity::toTeam).toList());
    }

    @Override
    public Team saveTeam(Team team) {
        accessPolicy.require(PERMISSION_USERS);
        String name = AccountInput.name("name", team.name(), 100);
        Team[] beforeAfter = database.inTransaction(em -> {
            if (team.leadId() != null && em.find(UserEntity.class, team.leadId()) == null) {
                throw new InputRefusedException("leadId", "team.lead.notFound");
            }
            if (!em.createQuery("select t.id from TeamEntity t where lower(t.name) = :name and t.id <> :id", Long.class)
                    .setParameter("name", name.toLowerCase(java.util.Locale.ROOT)).setParameter("id", team.id())
                    .getResultList().isEmpty()) {
                throw new InputRefusedException("name", "team.name.taken");
            }
            TeamEntity entity = team.id() == 0 ? null : em.find(TeamEntity.class, team.id());
            Team before = entity == null ? null : entity.toTeam();
            if (entity == null) {
                entity = new TeamEntity(name, team.leadId());
                em.persist(entity);
            } else {
                entity.update(name, team.leadId());
            }
            em.flush();
            return new Team[] { before, entity.toTeam() };
        });
        grants.invalidate();
        auditLog.record(new AuditEvent(AuditEvent.SECURITY, beforeAfter[0] == null ? "team.created" : "team.updated",
                MODULE_ID, "Team", String.valueOf(beforeAfter[1].id()),
                changes(fields(beforeAfter[0]), fields(beforeAfter[1]))));
        return beforeAfter[1];
    }

    @Override
    public List<PermissionDefinition> permissions() {
        accessPolicy.require(PERMISSION_ROLES);
        return catalog.all();
    }

    private void checkReferences(EntityManager em, UserDraft draft) {
        if (draft.teamId() != null && em.find(TeamEntity.class, draft.teamId()) == null) {
            throw new InputRefusedException("teamId", "user.team.notFound");
        }
        for (String role : draft.roles()) {
            if (em.find(RoleEntity.class, role) == null) {
                throw new InputRefusedException("roles", "user.role.notFound");
            }
        }
    }

    private static UserEntity existing(EntityManager em, long id) {
        UserEntity entity = em.find(UserEntity.class, id);
        if (entity == null) {
            throw new InputRefusedException("id", "user.notFound");
        }
        return entity;
    }

    private void revokeSessions(long userId) {
        eventAdmin.sendEvent(new Event(SecurityEvents.SESSIONS_REVOKED, Map.of(EventTopics.PROPERTY_ID, userId)));
    }

    private static Map<String, Object> fields(User user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", user.username());
        fields.put("displayName", user.displayName());
        fields.put("teamId", user.teamId());
        fields.put("roles", new TreeSet<>(user.roles()));
        return fields;
    }

    private static Map<String, Object> fields(Role role) {
        if (role == null) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", role.name());
        role.grants().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(grant -> fields.put("grant " + grant.getKey(), grant.getValue()));
        return fields;
    }

    private static Map<String, Object> fields(Team team) {
        if (team == null) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", team.name());
        fields.put("leadId", team.leadId());
        return fields;
    }

    private static List<FieldChange> changes(Map<String, ?> before, Map<String, ?> after) {
        return AuditEvent.updated("", "", "", before, after).changes();
    }
}
