package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.shared.sales.LeadsToCustomers;
import org.mosaiccrm.platform.event.UserNotices;
import org.mosaiccrm.platform.job.JobStatus;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.notification.Notification;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Leads in the running module: round-robin assignment, record scope, refused input with nothing
 * written, a follow-up task whose reminder reaches its owner, the duplicate check against the
 * customer core, one-step conversion into customer + contact + opportunity, disqualification, and
 * a CSV import that skips duplicates and rejects bad rows with reasons.
 */
public class LeadsIT extends SharedKarafTestSupport {

    private static final String LEADS = "org.mosaiccrm.sales.LeadService";

    private Subject admin;
    private Subject manager;
    private Subject rep;
    private Subject otherRep;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("leadadmin", null, "user-admin");
        Team team = users.team("Leads East");
        manager = users.user("leadmanager", team.id(), "sales-manager");
        rep = users.user("leadrep", team.id(), "sales-rep");
        otherRep = users.user("leadrep2", team.id(), "sales-rep");
    }

    @Test
    public void aLeadIsAssignedWorkedAndConvertedIntoCustomerContactAndOpportunity() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        await("leads up", 30, () -> hasService(LEADS));
        People people = new People(manager, rep, otherRep, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        Dictionary<String, Object> topic = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, UserNotices.TOPIC));
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, (Event event) -> {
            people.notified().add((Long) event.getProperty(UserNotices.PROPERTY_USER_ID));
            people.noticeArgs().addAll(List.of((String[]) event.getProperty(UserNotices.PROPERTY_ARGS)));
        }, topic);
        try {
            SalesCode.in(bundleContext).run(LeadsToCustomers.class, people);
            // the reminder was sent by the sales module's scheduled job, on the platform's job service
            JobStatus reminders = service(Jobs.class, 10).statuses().stream()
                    .filter(j -> j.id().equals("sales.lead-reminders")).findFirst().orElseThrow();
            assertEquals("0/15 * * * * ?", reminders.schedule());
            assertTrue(reminders.toString(), reminders.runs() >= 1 && reminders.nextRun() != null);
            // and went through the notification centre: kept under the rep's bell, with its kind and link
            Notifications notifications = service(Notifications.class, 10);
            Notification kept = as(rep, () -> notifications.mine(10)).stream()
                    .filter(n -> n.kind().equals("sales.lead-reminder")).findFirst().orElseThrow();
            assertEquals("sales.lead.reminder", kept.textKey());
            assertTrue(kept.route(), kept.route().startsWith("sales/leads/"));
            assertTrue(as(rep, notifications::unreadCount) >= 1);
            assertTrue("the sales module declares its kind with a mail text",
                    notifications.kinds().stream().anyMatch(k -> k.id().equals("sales.lead-reminder") && k.mail() != null));
        } finally {
            listener.unregister();
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
    }

    /** The team's manager and two reps, and the notices that reach users while the scenario runs. */
    public record People(Subject manager, Subject rep, Subject otherRep, List<Long> notified, List<String> noticeArgs) {
    }
}
