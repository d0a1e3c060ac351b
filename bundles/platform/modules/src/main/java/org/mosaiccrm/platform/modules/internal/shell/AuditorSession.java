package org.mosaiccrm.platform.modules.internal.shell;

import java.util.function.Supplier;

import org.apache.karaf.shell.api.console.Session;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;

/**
 * The audit commands' sign-in: the operator works as a CRM user with the auditor's permission
 * (password asked for unless given), signed out again afterwards. Refusals throw, so that
 * {@code bin/client} exits non-zero in batch mode.
 */
final class AuditorSession {

    private AuditorSession() {
    }

    static <T> T run(Session session, Authenticator authenticator, String username, String password, String deniedWhat,
            Supplier<T> work) throws Exception {
        String secret = password != null ? password : session.readLine("Password for " + username + ": ", '*');
        LoginResult login = authenticator.login(username, secret.toCharArray(), "console");
        if (!login.loggedIn()) {
            throw new IllegalStateException("Sign-in refused (" + login.outcome() + ").");
        }
        try {
            return CurrentSubject.callAs(login.subject(), work::get);
        } catch (AccessDeniedException denied) {
            throw new IllegalStateException("User " + username + " may not " + deniedWhat + ".");
        } finally {
            CurrentSubject.runAs(login.subject(), () -> authenticator.logout(login.subject()));
        }
    }
}
