package org.mosaiccrm.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who works here, as far as any signed-in user may know: names for lists ("owner") and pickers
 * ("assign to"). Needs an authenticated caller, no further permission; gives no roles or account details (those are {@link UserAdministration}'s).
 *
 * @since 2.1
 */
@ProviderType
public interface UserDirectory {

    /** Enabled users who hold {@code permission} in any scope, by display name. */
    List<UserName> holders(String permission);

    /** Display names of the given users; unknown ids are left out. */
    Map<Long, String> displayNames(Collection<Long> userIds);

    /**
     * The teams of the given users who have one (for figures per team).
     *
     * @since 2.2
     */
    Map<Long, Team> teamsOf(Collection<Long> userIds);

    /**
     * Enabled users who hold the role {@code roleCode} (approvers "by role"), by display name.
     *
     * @since 3.1
     */
    List<UserName> membersOf(String roleCode);

    /**
     * Every enabled user, by display name (pickers: an approver to add, a deputy).
     *
     * @since 3.1
     */
    List<UserName> enabledUsers();

    /** A user as lists show one. */
    record UserName(long id, String username, String displayName) {
    }
}
