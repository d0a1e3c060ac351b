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

    /** Whether the subject's account still exists, is enabled and has no pending password change. */
    boolean isActive(Subject subject);

    /** Whether the subject must change the password before anything else. */
    boolean mustChangePassword(Subject subject);

    /** Records a logout in the audit log. */
    void logout(Subject subject);
}
