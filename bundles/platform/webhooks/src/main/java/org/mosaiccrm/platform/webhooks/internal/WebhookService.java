package org.mosaiccrm.platform.webhooks.internal;

import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import jakarta.persistence.OptimisticLockException;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.webhook.CreatedWebhook;
import org.mosaiccrm.platform.webhook.DeliveryState;
import org.mosaiccrm.platform.webhook.NewWebhook;
import org.mosaiccrm.platform.webhook.WebhookDelivery;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookEvents;
import org.mosaiccrm.platform.webhook.WebhookSubscription;
import org.mosaiccrm.platform.webhook.Webhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks: keeps the subscriptions ({@code PLT_WEBHOOK}); hears every module event (EventAdmin,
 * {@code org/mosaiccrm/*}) that a module offers to webhooks and queues it for the subscriptions that
 * take it ({@code PLT_WEBHOOK_DELIVERY}); and, as the scheduled job {@code webhooks.delivery}, every
 * 5 seconds by default, delivers what is due. Settings in {@code etc/org.mosaiccrm.webhooks.cfg}.
 */
@Component(service = { Webhooks.class, EventHandler.class, ScheduledJob.class }, configurationPid = WebhookService.PID,
        property = { EventConstants.EVENT_TOPIC + "=org/mosaiccrm/*", ScheduledJob.ID + "=" + WebhookService.JOB_ID,
            ScheduledJob.SCHEDULE + "=0/5 * * * * ?", ScheduledJob.LEASE_SECONDS + "=300" })
@Designate(ocd = WebhookService.Config.class)
public class WebhookService implements Webhooks, EventHandler, ScheduledJob {

    public static final String PID = "org.mosaiccrm.webhooks";
    public static final String MODULE_ID = "webhooks";
    static final String JOB_ID = "webhooks.delivery";
    static final String RECORD_TYPE = "Webhook";
    private static final int MAX_LOG = 500;

    @ObjectClassDefinition(name = "Mosaic CRM webhooks", description = "How webhook deliveries are tried")
    public @interface Config {
        @AttributeDefinition(description = "Attempts before a delivery is given up")
        int maxAttempts() default 8;

        @AttributeDefinition(description = "Pause after the first failed attempt, in seconds; it doubles after each, up to an hour")
        int firstRetrySeconds() default 30;

        @AttributeDefinition(description = "Failed attempts in a row after which a subscription pauses (its owner is told)")
        int pauseAfterFailures() default 15;

        @AttributeDefinition(description = "Connect and answer timeout per attempt, in seconds")
        int timeoutSeconds() default 10;

        @AttributeDefinition(description = "Deliveries taken per claim")
        int batchSize() default 50;

        @AttributeDefinition(description = "Allow receivers on this machine's loopback (127.0.0.1, ::1): for tests and a receiver beside the CRM")
        boolean allowLoopback() default false;

        @AttributeDefinition(name = "Schedule", description = "When the outbox is looked at (Quartz cron with seconds)")
        String mosaic_job_schedule() default "0/5 * * * * ?";
    }

    private static final Logger LOG = LoggerFactory.getLogger(WebhookService.class);

    private final ModuleDatabase database;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final WebhookCatalog catalog = new WebhookCatalog();
    private final ReceiverAddresses receivers;
    private final EventQueue queue;
    private final Dispatch dispatch;
    private volatile Notifications notifications;

    @Activate
    public WebhookService(@Reference ModuleDatabases databases, @Reference AccessPolicy access, @Reference AuditLog audit,
            Config config) {
        this(databases.open(unit()), access, audit, Clock.systemUTC(), settings(config), config.allowLoopback());
    }

    WebhookService(ModuleDatabase database, AccessPolicy access, AuditLog audit, Clock clock, DispatchSettings settings,
            boolean allowLoopback) {
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.receivers = new ReceiverAddresses(allowLoopback);
        this.queue = new EventQueue(database, access, clock);
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.dispatch = new Dispatch(database, http, receivers, clock, settings, this::tellOwner);
    }

    static DispatchSettings settings(Config config) {
        return new DispatchSettings(config.maxAttempts(), Duration.ofSeconds(Math.max(1, config.firstRetrySeconds())),
                config.pauseAfterFailures(), Duration.ofSeconds(Math.max(1, config.timeoutSeconds())), config.batchSize());
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, WebhookService.class, "db/webhooks-changelog.xml", WebhookRow.class,
                DeliveryRow.class);
    }

    @Deactivate
    void close() {
        database.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEvents(WebhookEvents provider) {
        catalog.add(provider);
    }

    void removeEvents(WebhookEvents provider) {
        catalog.remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setNotifications(Notifications centre) {
        this.notifications = centre;
    }

    void unsetNotifications(Notifications centre) {
        if (this.notifications == centre) {
            this.notifications = null;
        }
    }

    // ----- events in -----

    @Override
    public void handleEvent(Event event) {
        WebhookEvent offered = catalog.byTopic(event.getTopic()).orElse(null);
        if (offered == null) {
            return;
        }
        if (!(event.getProperty(EventTopics.PROPERTY_ID) instanceof Number id)) {
            LOG.warn("Event {} has no record id: not given to webhooks", event.getTopic());
            return;
        }
        Long ownerId = event.getProperty(EventTopics.PROPERTY_OWNER_ID) instanceof Number owner ? owner.longValue() : null;
        Object user = event.getProperty(EventTopics.PROPERTY_USER);
        Object data = event.getProperty(EventTopics.PROPERTY_DATA);
        try {
            queue.queue(offered, id.longValue(), ownerId, user == null ? null : user.toString(), data == null ? Map.of() : data);
        } catch (RuntimeException e) {
            // EventAdmin would only log it; the operator must see which event no subscription got
            LOG.error("Event {} about record {} could not be queued for webhooks", offered.name(), id, e);
        }
    }

    // ----- delivery -----

    @Override
    public void run() {
        sendDue();
    }

    /** Delivers what is due now; returns how many receivers took theirs. */
    int sendDue() {
        return dispatch.sendDue();
    }

    private void tellOwner(WebhookRow paused) {
        Notifications centre = notifications;
        if (centre != null) {
            try {
                centre.notify(new NewNotification(paused.ownerId(), "webhooks.paused", "webhook.notice.paused",
                        List.of(paused.name()), "webhooks"));
            } catch (RuntimeException e) {
                LOG.warn("Owner of webhook subscription {} not told of its pause: {}", paused.id(), e.toString());
            }
        }
    }

    // ----- subscriptions -----

    @Override
    public List<WebhookEvent> events() {
        access.require(PERMISSION_ADMINISTER);
        return catalog.events();
    }

    @Override
    public CreatedWebhook create(NewWebhook webhook) {
        Subject owner = access.require(PERMISSION_ADMINISTER);
        WebhookInput input = checked(webhook);
        String secret = Signatures.newSecret();
        WebhookRow created = database.inTransaction(em -> {
            WebhookRow row = new WebhookRow(input, secret, owner, StoredTime.now());
            em.persist(row);
            em.flush();
            return row;
        });
        audit.record(AuditEvent.created(MODULE_ID, RECORD_TYPE, created.id(), created.auditFields()));
        return new CreatedWebhook(created.toSubscription(), secret);
    }

    @Override
    public WebhookSubscription update(long id, NewWebhook webhook, long version) {
        access.require(PERMISSION_ADMINISTER);
        WebhookInput input = checked(webhook);
        return change(id, version, row -> row.change(input));
    }

    @Override
    public CreatedWebhook newSecret(long id) {
        access.require(PERMISSION_ADMINISTER);
        String secret = Signatures.newSecret();
        WebhookSubscription changed = change(id, null, row -> row.secret(secret));
        audit.record(new AuditEvent(AuditEvent.DATA, "SECRET_CHANGED", MODULE_ID, RECORD_TYPE, String.valueOf(id), List.of()));
        return new CreatedWebhook(changed, secret);
    }

    @Override
    public List<WebhookSubscription> subscriptions() {
        access.require(PERMISSION_ADMINISTER);
        return database.read(em -> em.createQuery("SELECT w FROM WebhookRow w ORDER BY w.id DESC", WebhookRow.class)
                .getResultList().stream().map(WebhookRow::toSubscription).toList());
    }

    @Override
    public WebhookSubscription subscription(long id) {
        access.require(PERMISSION_ADMINISTER);
        return database.read(em -> found(em.find(WebhookRow.class, id))).toSubscription();
    }

    @Override
    public WebhookSubscription pause(long id) {
        access.require(PERMISSION_ADMINISTER);
        return change(id, null, row -> row.pause(""));
    }

    @Override
    public WebhookSubscription resume(long id) {
        access.require(PERMISSION_ADMINISTER);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        WebhookSubscription resumed = change(id, null, WebhookRow::resume);
        // what waited while it was paused goes out with the next run, not after its back-off
        database.runInTransaction(em -> em.createQuery("UPDATE DeliveryRow d SET d.nextAttemptAt = :now"
                + " WHERE d.webhookId = :id AND d.state = :pending AND d.nextAttemptAt > :now")
                .setParameter("now", now).setParameter("id", id).setParameter("pending", DeliveryState.PENDING.name())
                .executeUpdate());
        return resumed;
    }

    @Override
    public void delete(long id) {
        access.require(PERMISSION_ADMINISTER);
        WebhookRow removed = database.inTransaction(em -> {
            WebhookRow row = found(em.find(WebhookRow.class, id));
            em.createQuery("DELETE FROM DeliveryRow d WHERE d.webhookId = :id").setParameter("id", id).executeUpdate();
            em.remove(row);
            return row;
        });
        audit.record(AuditEvent.deleted(MODULE_ID, RECORD_TYPE, id, removed.auditFields()));
    }

    @Override
    public List<WebhookDelivery> deliveries(long subscriptionId, int limit) {
        access.require(PERMISSION_ADMINISTER);
        return database.read(em -> em.createQuery("SELECT d FROM DeliveryRow d WHERE d.webhookId = :id ORDER BY d.id DESC",
                DeliveryRow.class).setParameter("id", subscriptionId).setMaxResults(Math.max(1, Math.min(limit, MAX_LOG)))
                .getResultList().stream().map(DeliveryRow::toDelivery).toList());
    }

    @Override
    public WebhookDelivery redeliver(long deliveryId) {
        access.require(PERMISSION_ADMINISTER);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.inTransaction(em -> {
            DeliveryRow row = em.find(DeliveryRow.class, deliveryId);
            if (row == null) {
                throw new NoSuchElementException("webhook.error.deliveryNotFound");
            }
            if (row.state() == DeliveryState.PENDING) {
                throw new InputRefusedException("", "webhook.error.stillPending");
            }
            row.queueAgain(now);
            return row.toDelivery();
        });
    }

    @Override
    public WebhookDelivery ping(long id) {
        Subject caller = access.require(PERMISSION_ADMINISTER);
        WebhookRow row = database.read(em -> found(em.find(WebhookRow.class, id)));
        return queue.queueFor(row, WebhookCatalog.PING, caller.username()).toDelivery();
    }

    /** The input checked, each event one the caller may read, and the receiver not on this machine. */
    private WebhookInput checked(NewWebhook webhook) {
        WebhookInput input = WebhookInput.of(webhook, catalog.names());
        for (String name : input.events()) {
            WebhookEvent event = catalog.byName(name).orElseThrow();
            if (!event.permission().isEmpty() && !access.isPermitted(event.permission())) {
                throw new InputRefusedException("events", "webhook.error.eventNotPermitted", name);
            }
        }
        ReceiverAddresses.Refusal refusal;
        try {
            refusal = receivers.refusal(input.url());
        } catch (UnknownHostException e) {
            throw new InputRefusedException("url", "webhook.error.unknownHost", input.url());
        }
        if (refusal != null) {
            throw new InputRefusedException("url", refusal.key(), refusal.address());
        }
        return input;
    }

    /** Changes a subscription (at {@code version}, if given) and audits its fields before and after. */
    private WebhookSubscription change(long id, Long version, Consumer<WebhookRow> change) {
        List<Map<String, Object>> beforeAfter = new ArrayList<>(2);
        WebhookSubscription changed = database.inTransaction(em -> {
            beforeAfter.clear();
            WebhookRow row = found(em.find(WebhookRow.class, id));
            if (version != null && row.version() != version) {
                throw new OptimisticLockException("webhook.error.changedMeanwhile");
            }
            beforeAfter.add(row.auditFields());
            change.accept(row);
            em.flush();
            beforeAfter.add(row.auditFields());
            return row.toSubscription();
        });
        if (!beforeAfter.get(0).equals(beforeAfter.get(1))) {
            audit.record(AuditEvent.updated(MODULE_ID, RECORD_TYPE, id, beforeAfter.get(0), beforeAfter.get(1)));
        }
        return changed;
    }

    private static WebhookRow found(WebhookRow row) {
        if (row == null) {
            throw new NoSuchElementException("webhook.error.notFound");
        }
        return row;
    }
}
