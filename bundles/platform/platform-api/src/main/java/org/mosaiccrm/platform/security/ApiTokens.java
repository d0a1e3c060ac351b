package org.mosaiccrm.platform.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal API tokens: a user gives a system (ERP, web shop, call centre) a token that acts as the
 * user, but only with the permissions the token names, until it expires or is revoked. Only a hash
 * of the secret is stored. A token works for the API only, never for the web UI; a disabled user's
 * tokens stop at once, and a permission the user loses is lost to the tokens too.
 *
 * @since 3.2
 */
@ProviderType
public interface ApiTokens {

    /** Longest a token name may be. */
    int MAX_NAME = 100;
    /** Longest a token may live, in days from today. */
    int MAX_DAYS = 366;

    /**
     * Makes a token for the calling user.
     *
     * @param scopes permissions the caller holds; at least one
     * @throws org.mosaiccrm.platform.InputRefusedException with the field {@code name}, {@code expires}
     *         or {@code scopes}: no name, an expiry in the past or beyond {@link #MAX_DAYS}, no scope or
     *         one the caller does not hold; nothing is kept
     */
    ApiTokenSecret create(String name, LocalDate expires, Set<String> scopes);

    /** The calling user's tokens, newest first, revoked ones included. */
    List<ApiToken> mine();

    /** The permissions the calling user may give a token: those they hold now. */
    Set<String> grantable();

    /** Revokes one of the calling user's tokens; it stops at once. Audited. */
    void revoke(long tokenId);

    /**
     * Makes a token for a service account, as a user administrator ({@link UserAdministration#PERMISSION_USERS}).
     * The account's own permissions bound the scopes, as a user's bound their own tokens'; audited with
     * who made it.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException as {@link #create}, or with the field
     *         {@code account} when the user is no service account
     * @since 3.3
     */
    ApiTokenSecret createFor(long serviceAccountId, String name, LocalDate expires, Set<String> scopes);

    /** A service account's tokens, newest first, for a user administrator. @since 3.3 */
    List<ApiToken> of(long serviceAccountId);

    /** The permissions a token of the service account may carry: those it holds now. @since 3.3 */
    Set<String> grantableFor(long serviceAccountId);

    /** Revokes a service account's token, as a user administrator; it stops at once. Audited. @since 3.3 */
    void revokeOf(long serviceAccountId, long tokenId);

    /**
     * The subject an API call with {@code secret} acts as: the token's user, limited to the token's
     * scopes. Empty for an unknown, expired or revoked token and for a disabled user. No caller is
     * checked (this is how the caller is found); the use is recorded.
     *
     * @param address the client's address, for the audit log
     */
    Optional<Subject> authenticate(String secret, String address);
}
