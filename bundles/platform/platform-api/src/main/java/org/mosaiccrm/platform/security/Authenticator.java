package org.mosaiccrm.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/** Checks credentials, slows down and locks out guessing, and records logins in the audit log. */
@ProviderType
public interface Authenticator {

    /** Minimum password length (ASVS 2.1.1). */
    int MIN_PASSWORD = 8;
    /** Maximum password length; at least 64 must be allowed (ASVS 2.1.2). */
    int MAX_PASSWORD = 128;

    /**
     * @param address the client address, for the audit log
     * @return the outcome; a refusal says only what the user may be told
     */
    LoginResult login(String username, char[] password, String address);

    /**
     * Changes the current subject's own password.
     *
     * @throws PasswordRejectedException when the current password is wrong or the new one breaks a rule
     */
    void changeOwnPassword(char[] currentPassword, char[] newPassword);

    /**
     * The user name a {@link PasswordLink} is for, while it still works (not used, not expired, not
     * replaced, account enabled), to greet the user before they choose.
     *
     * @throws PasswordRejectedException {@code passwordLink.invalid} or {@code passwordLink.used}
     * @since 3.0
     */
    String passwordLinkUser(String key);

    /**
     * Sets the password of the link's user and uses the link up; audited with the address.
     *
     * @param address the client address, for the audit log
     * @return the user name, to sign in with
     * @throws PasswordRejectedException {@code passwordLink.invalid} when the link does not work (any
     *         longer), {@code passwordLink.used} when it was used already, or a password rule's key
     * @since 3.0
     */
    String setPasswordWithLink(String key, char[] newPassword, String address);

    /** Whether the subject's account still exists, is enabled and has no pending password change. */
    boolean isActive(Subject subject);

    /** Whether the subject must change the password before anything else. */
    boolean mustChangePassword(Subject subject);

    /** Records a logout in the audit log. */
    void logout(Subject subject);
}
