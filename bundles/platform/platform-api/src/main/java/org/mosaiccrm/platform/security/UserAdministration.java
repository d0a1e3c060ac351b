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

    List<User> users();

    NewUser createUser(UserDraft draft);

    /**
     * @param version the version the editor loaded, so a concurrent change is refused rather than lost
     */
    User updateUser(long id, UserDraft draft, long version);

    /** Disabling ends the user's open sessions at once. */
    User setEnabled(long id, boolean enabled);

    /** Sets a new one-time password, ends the user's sessions and lifts a lockout. */
    String resetPassword(long id);

    /**
     * Lifts every sign-in delay and lockout of the user, from every address, keeping the password
     * (the owner locked out by their own typing, or by a stranger's guessing from many addresses).
     *
     * @since 2.3
     */
    User unlock(long id);

    List<Role> roles();

    Role saveRole(Role role);

    void deleteRole(String code);

    List<Team> teams();

    Team saveTeam(Team team);

    /** The permissions installed modules declare, for the role editor. */
    List<PermissionDefinition> permissions();
}
