package org.mosaiccrm.platform.security.service.internal.audit;

import org.mosaiccrm.platform.job.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes the audit chain's head outside the database every quarter hour (when it moved), on the
 * job service: entries deleted from the database's end are found at the next verification.
 */
@Component(service = ScheduledJob.class, property = { ScheduledJob.ID + "=security.audit-anchor",
        ScheduledJob.SCHEDULE + "=0 0/15 * * * ?" })
public class AuditAnchorJob implements ScheduledJob {

    private final HashChainAuditLog auditLog;

    @Activate
    public AuditAnchorJob(@Reference HashChainAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void run() {
        auditLog.anchorHead();
    }
}
