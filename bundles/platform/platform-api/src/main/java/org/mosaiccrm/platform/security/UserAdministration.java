package org.mosaiccrm.platform.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Users, roles and teams, for the user administrator. Every method requires {@link
 * #PERMISSION_USERS} or {@link #PERMISSION_ROLES}; every change is audited.
 */
@ProviderType
public interface UserAdministration {

    String MODULE_ID = "security";
    String PERMISSION_USERS = "security.users.administer";
    String PERMISSION_ROLES = "security.roles.administer";
    /**
     * The platform's own roles, which nobody changes and no module adds to. Other built-in roles
     * (those modules bring) keep their code and name; their grants are the administrator's to change.
     *
     * @since 3.0
     */
    java.util.Set<String> PLATFORM_ROLES = java.util.Set.of("user-admin", "auditor");

    List<User> users();

    /**
     * Creates a user. Business roles among {@code draft.roles()} are not granted yet but asked for
     * ({@link #businessRoleGrants()}), to be approved by a second person.
     */
    NewUser createUser(UserDraft draft);

    /**
     * Creates a service account: a user for another system (ERP, web shop), which never signs in with
     * a password and has no password link; a user administrator makes its API tokens
     * ({@link ApiTokens#createFor}). Its business roles wait for a second person as a person's do.
     *
     * @since 3.3
     */
    User createServiceAccount(UserDraft draft);

    /**
     * Changes a user. Nobody adds a role to themselves; business roles added are asked for, not
     * granted ({@link #createUser}); roles removed go at once.
     *
     * @param version the version the editor loaded, so a concurrent change is refused rather than lost
     */
    User updateUser(long id, UserDraft draft, long version);

    /** Disabling ends the user's open sessions at once. */
    User setEnabled(long id, boolean enabled);

    /**
     * Makes the user's password unusable and issues a new {@link PasswordLink} (a previous link stops
     * working); ends the user's sessions and lifts a lockout.
     *
     * @since 3.0 (before: returned a one-time password the administrator saw)
     * @throws org.mosaiccrm.platform.InputRefusedException for a service account, which has no password
     */
    PasswordLink resetPassword(long id);

    /**
     * Lifts every sign-in delay and lockout of the user, from every address, keeping the password
     * (the owner locked out by their own typing, or by a stranger's guessing from many addresses).
     *
     * @since 2.3
     */
    User unlock(long id);

    /**
     * Business roles held and asked for, pending first; for user administrators and auditors
     * ({@code audit.read}).
     *
     * @since 2.4
     */
    List<RoleGrant> businessRoleGrants();

    /**
     * Approves or rejects a pending business role. Refused for the one who asked and for the user
     * concerned: a second person decides.
     *
     * @since 2.4
     */
    RoleGrant decideRoleGrant(long requestId, boolean approve);

    List<Role> roles();

    Role saveRole(Role role);

    void deleteRole(String code);

    List<Team> teams();

    Team saveTeam(Team team);

    /** The permissions installed modules declare, for the role editor. */
    List<PermissionDefinition> permissions();
}
