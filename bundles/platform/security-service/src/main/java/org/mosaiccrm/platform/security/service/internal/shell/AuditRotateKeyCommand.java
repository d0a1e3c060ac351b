package org.mosaiccrm.platform.security.service.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:audit-rotate-key -u <auditor>}: new audit entries are signed with a new key from now
 * on; the old keys stay in the key file for the entries that name them. Signed in as a CRM user
 * with the auditor's permission, like {@code crm:audit-verify}; fails (non-zero exit in batch mode)
 * when refused.
 */
@Service
@Command(scope = "crm", name = "audit-rotate-key", description = "Signs new audit entries with a new key (sign in as an auditor)")
public class AuditRotateKeyCommand extends AuditorCommand {

    @Override
    public Object execute() throws Exception {
        String key = asAuditor("rotate the audit key", auditLog::rotateKey);
        System.out.println("New audit entries are signed with key " + key
                + ". Back up the key file with etc/: older entries still need the old keys.");
        return null;
    }
}
