package org.mosaiccrm.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.security.Authenticator;

/**
 * {@code crm:audit-rotate-key -u <auditor>}: new audit entries are signed with a new key from now
 * on; the old keys stay in the key file for the entries that name them. Signed in as a CRM user
 * with the auditor's permission, like {@code crm:audit-verify}; fails (non-zero exit in batch mode)
 * when refused.
 */
@Service
@Command(scope = "crm", name = "audit-rotate-key", description = "Signs new audit entries with a new key (sign in as an auditor)")
public class AuditRotateKeyCommand implements Action {

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
        String key = AuditorSession.run(session, authenticator, username, password, "rotate the audit key",
                auditLog::rotateKey);
        System.out.println("New audit entries are signed with key " + key
                + ". Back up the key file with etc/: older entries still need the old keys.");
        return null;
    }
}
