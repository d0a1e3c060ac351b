package org.mosaiccrm.platform.security.service.internal.shell;

import java.util.function.Supplier;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;

/**
 * The audit commands' sign-in: the operator works as a CRM user with the auditor's permission
 * (password asked for unless given with {@code -p}), signed out again afterwards. Refusals throw, so
 * that {@code bin/client} exits non-zero in batch mode. (Karaf fills the options and references of a
 * command's superclass too.)
 */
abstract class AuditorCommand implements Action {

    @Option(name = "-u", aliases = "--user", description = "a CRM user who may read the audit log", required = true)
    String username;

    @Option(name = "-p", aliases = "--password", description = "the user's password; asked for when not given")
    String password;

    @Reference
    Session session;

    @Reference
    Authenticator authenticator;

    @Reference
    AuditLog auditLog;

    /** Runs {@code work} as the signed-in auditor; {@code deniedWhat} completes "User x may not ...". */
    <T> T asAuditor(String deniedWhat, Supplier<T> work) throws Exception {
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
