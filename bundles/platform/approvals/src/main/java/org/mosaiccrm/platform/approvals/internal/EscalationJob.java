package org.mosaiccrm.platform.approvals.internal;

import org.mosaiccrm.platform.job.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Reminds approvers of steps waiting past their limit, then hands those on to their team lead (every minute by default). */
@Component(service = ScheduledJob.class, configurationPid = "org.mosaiccrm.approvals.escalation",
        property = { ScheduledJob.ID + "=approvals.escalation", ScheduledJob.SCHEDULE + "=0 * * * * ?",
                ScheduledJob.LEASE_SECONDS + "=300" })
@Designate(ocd = EscalationJob.Config.class)
public class EscalationJob implements ScheduledJob {

    @ObjectClassDefinition(name = "Mosaic CRM approval escalation", description = "When steps waiting past their limit are looked for")
    public @interface Config {
        @AttributeDefinition(name = "Schedule", description = "Quartz cron expression with seconds; default every minute")
        String mosaic_job_schedule() default "0 * * * * ?";
    }

    private final ApprovalService approvals;

    @Activate
    public EscalationJob(@Reference ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public void run() {
        approvals.remindAndEscalate();
    }
}
