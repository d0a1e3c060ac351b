package org.mosaiccrm.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.AuditVerification;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;

/**
 * {@code crm:audit-verify -u <user>}: checks the audit log's hash chain. Reading the audit log is a
 * CRM permission, so the operator signs in as a CRM user who holds it (an auditor); the password is
 * asked for unless given with {@code -p} (for scripts).
 */
@Service
@Command(scope = "crm", name = "audit-verify", description = "Checks that no audit log entry was altered or removed (sign in as an auditor)")
public class AuditVerifyCommand implements Action {

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

    @Override
    public Object execute() throws Exception {
        String secret = password != null ? password : session.readLine("Password for " + username + ": ", '*');
        LoginResult login = authenticator.login(username, secret.toCharArray(), "console");
        if (!login.loggedIn()) {
            System.err.println("Sign-in refused (" + login.outcome() + ").");
            return null;
        }
        try {
            AuditVerification result = CurrentSubject.callAs(login.subject(), auditLog::verify);
            System.out.println(result.intact()
                    ? "Audit log intact: " + result.checkedEntries() + " entries checked."
                    : "Audit log BROKEN at entry " + result.brokenAt() + ": " + result.problem());
        } catch (AccessDeniedException denied) {
            System.err.println("User " + username + " may not read the audit log.");
        } finally {
            CurrentSubject.runAs(login.subject(), () -> authenticator.logout(login.subject()));
        }
        return null;
    }
}
