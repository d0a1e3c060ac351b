package org.mosaiccrm.platform.security.internal.audit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes the audit chain's head outside the database every quarter hour (when it moved), on
 * Karaf's scheduler: entries deleted from the database's end are found at the next verification.
 */
@Component(service = Runnable.class, property = { "scheduler.name=mosaic-audit-anchor",
        "scheduler.expression=0 0/15 * * * ?", "scheduler.concurrent:Boolean=false" })
public class AuditAnchorJob implements Runnable {

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
