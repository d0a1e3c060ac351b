package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.mosaiccrm.sales.service.internal.SalesNotificationKinds;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Reminds owners of their lead tasks: a scheduled job of the platform's job service (every 15 seconds
 * unless configured otherwise) marks the tasks whose reminder time has come and tells each owner
 * through the notification centre (kept under the bell, shown in open tabs, mailed if they want
 * reminders by mail). Marked in the transaction that finds them, so a reminder goes once even with
 * several nodes (and the job service runs each firing on one node only).
 */
@Component(service = ScheduledJob.class, configurationPid = "org.mosaiccrm.sales.reminders",
        property = { ScheduledJob.ID + "=sales.lead-reminders", ScheduledJob.SCHEDULE + "=0/15 * * * * ?",
                ScheduledJob.LEASE_SECONDS + "=60" })
@Designate(ocd = LeadReminders.Config.class)
public class LeadReminders implements ScheduledJob {

    @ObjectClassDefinition(name = "Mosaic CRM lead reminders", description = "When due reminders of lead tasks are looked for")
    public @interface Config {
        @AttributeDefinition(name = "Schedule", description = "Quartz cron expression with seconds; default every 15 seconds")
        String mosaic_job_schedule() default "0/15 * * * * ?";
    }

    private final ModuleDatabase database;
    private final Notifications notifications;

    @Activate
    public LeadReminders(@Reference SalesDatabase database, @Reference Notifications notifications) {
        this.database = database.database();
        this.notifications = notifications;
    }

    @Override
    public void run() {
        remindDue(StoredTime.now());
    }

    /** Sends the reminders due at {@code now}; returns how many. */
    int remindDue(Instant now) {
        record Due(long ownerId, long leadId, String title, String leadName) {
        }
        List<Due> due = database.inTransaction(em -> {
            List<LeadTaskEntity> tasks = em.createQuery("select t from LeadTaskEntity t where t.reminded = false"
                    + " and t.remindAt <= :now and t.doneAt is null", LeadTaskEntity.class)
                    .setParameter("now", now).setMaxResults(500).getResultList();
            Map<Long, String> names = JpaLeadService.leadNames(em,
                    tasks.stream().map(LeadTaskEntity::leadId).collect(Collectors.toSet()));
            tasks.forEach(LeadTaskEntity::reminded);
            return tasks.stream().map(t -> new Due(t.ownerId(), t.leadId(), t.title(), names.getOrDefault(t.leadId(), "")))
                    .toList();
        });
        for (Due task : due) {
            notifications.notify(new NewNotification(task.ownerId(), SalesNotificationKinds.LEAD_REMINDER, "sales.lead.reminder",
                    List.of(task.title(), task.leadName()), "sales/leads/" + task.leadId()));
        }
        return due.size();
    }
}
