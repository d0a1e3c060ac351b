package org.mosaiccrm.platform.security.service.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.audit.AuditVerification;

/**
 * {@code crm:audit-verify -u <user>}: checks the audit log's keyed hash chain and shows its head
 * (to be written down elsewhere). Reading the audit log is a CRM permission, so the operator signs
 * in as a CRM user who holds it (an auditor); the password is asked for unless given with
 * {@code -p} (for scripts). A broken chain, a refused sign-in or a user without the permission make
 * the command fail, so that {@code bin/client} exits with a non-zero status in batch mode too.
 */
@Service
@Command(scope = "crm", name = "audit-verify", description = "Checks that no audit log entry was altered or removed (sign in as an auditor)")
public class AuditVerifyCommand extends AuditorCommand {

    @Override
    public Object execute() throws Exception {
        AuditVerification result = asAuditor("read the audit log", auditLog::verify);
        if (!result.intact()) {
            throw new IllegalStateException("Audit log BROKEN at entry " + result.brokenAt() + ": " + result.problem());
        }
        System.out.println("Audit log intact: " + result.checkedEntries() + " entries checked.");
        System.out.println("Head: entry " + result.headSequence() + ", hash " + result.headHash()
                + " (write it down elsewhere)");
        if (result.anchorSequence() != null) {
            System.out.println("Reaches the head last written outside the database: entry " + result.anchorSequence() + ".");
        }
        return null;
    }
}
