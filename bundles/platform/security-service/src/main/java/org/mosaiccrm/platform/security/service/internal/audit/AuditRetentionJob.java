package org.mosaiccrm.platform.security.service.internal.audit;

import java.time.Duration;
import java.time.Instant;

import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.security.service.internal.SecurityConfiguration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes audit entries older than the configured retention, nightly on the job service. The
 * chain stays verifiable: the anchor records where it now starts.
 */
@Component(service = ScheduledJob.class, configurationPid = SecurityConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = { ScheduledJob.ID + "=security.audit-retention", ScheduledJob.SCHEDULE + "=0 15 3 * * ?" })
public class AuditRetentionJob implements ScheduledJob {

    private final Logger logger = LoggerFactory.getLogger(AuditRetentionJob.class);
    private final HashChainAuditLog auditLog;
    private final int retentionDays;

    @Activate
    public AuditRetentionJob(@Reference HashChainAuditLog auditLog, SecurityConfiguration configuration) {
        this.auditLog = auditLog;
        this.retentionDays = configuration.audit_retention_days();
    }

    @Override
    public void run() {
        if (retentionDays <= 0) {
            return;
        }
        int removed = auditLog.prune(Instant.now().minus(Duration.ofDays(retentionDays)));
        if (removed > 0) {
            logger.info("Audit retention removed {} entries older than {} days", removed, retentionDays);
        }
    }
}
