package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.event.UserNotices;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds owners of their lead tasks: every few seconds, tasks whose reminder time has come are
 * marked reminded and a notice goes to the owner's open tabs. Marked in the same transaction that
 * finds them, so a reminder is sent once even with several nodes.
 */
@Component(service = LeadReminders.class, immediate = true, configurationPid = "org.mosaiccrm.sales.reminders")
@Designate(ocd = LeadReminders.Config.class)
public class LeadReminders {

    @ObjectClassDefinition(name = "Mosaic CRM lead reminders", description = "How often due reminders of lead tasks are looked for")
    public @interface Config {
        @AttributeDefinition(name = "Interval (seconds)", min = "1")
        int intervalSeconds() default 15;
    }

    private static final Logger LOG = LoggerFactory.getLogger(LeadReminders.class);

    private final ModuleDatabase database;
    private final EventAdmin events;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sales-lead-reminders");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public LeadReminders(@Reference SalesDatabase database, @Reference EventAdmin events, Config config) {
        this.database = database.database();
        this.events = events;
        int interval = Math.max(1, config.intervalSeconds());
        timer.scheduleWithFixedDelay(this::remindSafely, interval, interval, TimeUnit.SECONDS);
    }

    private void remindSafely() {
        try {
            remindDue(StoredTime.now());
        } catch (RuntimeException e) {
            LOG.warn("Lead reminders could not be sent this round", e);
        }
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
            events.postEvent(new Event(UserNotices.TOPIC, UserNotices.of(task.ownerId(), "sales.lead.reminder",
                    "sales/leads/" + task.leadId(), task.title(), task.leadName())));
        }
        return due.size();
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
