package org.mosaiccrm.platform.notifications.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.event.UserNotices;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.mail.OutgoingMail;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notification;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.mosaiccrm.platform.notification.NotificationSettings;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification centre: keeps each notification ({@code PLT_NOTIFICATION}), tells the user's open
 * tabs at once (the {@link UserNotices} event the UI host shows), and queues a mail in the outbox when
 * the user gave an address and wants that kind by mail. The kinds come from the modules'
 * {@link NotificationKinds}; a kind whose module is gone is still kept and listed, but not mailed.
 */
@Component(service = Notifications.class, configurationPid = NotificationService.PID)
@Designate(ocd = NotificationService.Config.class)
public class NotificationService implements Notifications {

    public static final String PID = "org.mosaiccrm.notifications";
    public static final String MODULE_ID = "notifications";

    @ObjectClassDefinition(name = "Mosaic CRM notifications", description = "The notification centre")
    public @interface Config {
        @AttributeDefinition(description = "The CRM's address as its users reach it, for the links in mails")
        String baseUrl() default "http://localhost:8181/";
    }

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");
    private static final int MAX_LIST = 500;

    private final ModuleDatabase database;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final EventAdmin events;
    private final MailOutbox outbox;
    private final String baseUrl;
    private final Clock clock;
    private final Map<NotificationKinds, List<NotificationKind>> kinds = new ConcurrentHashMap<>();

    @Activate
    public NotificationService(@Reference ModuleDatabases databases, @Reference AccessPolicy access, @Reference AuditLog audit,
            @Reference EventAdmin events, @Reference MailOutbox outbox, Config config) {
        this(databases.open(unit()), access, audit, events, outbox, config.baseUrl(), Clock.systemUTC());
    }

    NotificationService(ModuleDatabase database, AccessPolicy access, AuditLog audit, EventAdmin events, MailOutbox outbox,
            String baseUrl, Clock clock) {
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.outbox = outbox;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.clock = clock;
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, NotificationService.class, "db/notifications-changelog.xml",
                NotificationRow.class, RecipientRow.class, KindChoiceRow.class);
    }

    @Deactivate
    void close() {
        database.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKinds(NotificationKinds provider) {
        kinds.put(provider, List.copyOf(provider.kinds()));
    }

    void removeKinds(NotificationKinds provider) {
        kinds.remove(provider);
    }

    @Override
    public List<NotificationKind> kinds() {
        return kinds.values().stream().flatMap(List::stream).toList();
    }

    private Optional<NotificationKind> kind(String id) {
        return kinds().stream().filter(kind -> kind.id().equals(id)).findFirst();
    }

    @Override
    public Notification notify(NewNotification notification) {
        record Mailing(String email, String language, boolean wanted) {
        }
        NotificationKind kind = kind(notification.kind()).orElse(null);
        var stored = database.inTransaction(em -> {
            NotificationRow row = new NotificationRow(notification, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            em.persist(row);
            em.flush();
            Mailing mailing = null;
            if (kind != null && kind.mail() != null) {
                RecipientRow recipient = em.find(RecipientRow.class, notification.userId());
                KindChoiceRow choice = em.find(KindChoiceRow.class, new KindChoiceRow.Key(notification.userId(), kind.id()));
                boolean wanted = choice == null ? kind.emailByDefault() : choice.email();
                if (recipient != null && !recipient.email().isEmpty()) {
                    mailing = new Mailing(recipient.email(), recipient.language(), wanted);
                }
            }
            return Map.entry(row.toNotification(), Optional.ofNullable(mailing));
        });
        Notification kept = stored.getKey();
        events.postEvent(new Event(UserNotices.TOPIC, UserNotices.of(kept.userId(), kept.textKey(), kept.route(),
                kept.args().toArray(String[]::new))));
        stored.getValue().filter(Mailing::wanted).ifPresent(mailing -> mail(kind, kept, mailing.email(), mailing.language()));
        return kept;
    }

    private void mail(NotificationKind kind, Notification notification, String email, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("args", notification.args());
        model.put("link", baseUrl + notification.route());
        try {
            outbox.queue(new OutgoingMail(email, "", Locale.forLanguageTag(language), kind.mail(), model,
                    "notification:" + notification.id()));
        } catch (InputRefusedException e) {
            // the notification is kept and shown; a mail text a module got wrong must not lose it
            LOG.warn("Notification {} of kind {} not mailed: {} {}", notification.id(), kind.id(), e.getMessage(),
                    List.of(e.arguments()));
        }
    }

    @Override
    public List<Notification> mine(int limit) {
        Subject me = access.subject();
        return database.read(em -> em.createQuery("SELECT n FROM NotificationRow n WHERE n.userId = :user ORDER BY n.id DESC",
                NotificationRow.class).setParameter("user", me.userId()).setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)))
                .getResultList().stream().map(NotificationRow::toNotification).toList());
    }

    @Override
    public long unreadCount() {
        Subject me = access.subject();
        return database.read(em -> em.createQuery("SELECT COUNT(n) FROM NotificationRow n WHERE n.userId = :user AND n.readAt IS NULL",
                Long.class).setParameter("user", me.userId()).getSingleResult());
    }

    @Override
    public void markRead(long notificationId) {
        Subject me = access.subject();
        boolean mine = database.inTransaction(em -> {
            NotificationRow row = em.find(NotificationRow.class, notificationId);
            if (row == null || row.userId() != me.userId()) {
                return false;
            }
            row.read(clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return true;
        });
        if (!mine) {
            throw new AccessDeniedException("notification");
        }
    }

    @Override
    public int markAllRead() {
        Subject me = access.subject();
        return database.inTransaction(em -> em.createQuery("UPDATE NotificationRow n SET n.readAt = :now"
                + " WHERE n.userId = :user AND n.readAt IS NULL").setParameter("now", clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setParameter("user", me.userId()).executeUpdate());
    }

    @Override
    public NotificationSettings settings() {
        Subject me = access.subject();
        return database.read(em -> {
            RecipientRow recipient = em.find(RecipientRow.class, me.userId());
            Map<String, Boolean> chosen = new HashMap<>();
            em.createQuery("SELECT c FROM KindChoiceRow c WHERE c.userId = :user", KindChoiceRow.class)
                    .setParameter("user", me.userId()).getResultList().forEach(c -> chosen.put(c.kind(), c.email()));
            Map<String, Boolean> byKind = new LinkedHashMap<>();
            kinds().stream().filter(kind -> kind.mail() != null)
                    .forEach(kind -> byKind.put(kind.id(), chosen.getOrDefault(kind.id(), kind.emailByDefault())));
            return recipient == null ? new NotificationSettings("", "", byKind)
                    : new NotificationSettings(recipient.email(), recipient.language(), byKind);
        });
    }

    @Override
    public NotificationSettings saveSettings(NotificationSettings settings) {
        Subject me = access.subject();
        String email = settings.emailAddress();
        if (!email.isEmpty() && (email.length() > 320 || !ADDRESS.matcher(email).matches())) {
            throw new InputRefusedException("emailAddress", "notification.error.address", email);
        }
        String language = settings.language().toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
        NotificationSettings before = settings();
        database.runInTransaction(em -> {
            RecipientRow recipient = em.find(RecipientRow.class, me.userId());
            if (recipient == null) {
                em.persist(new RecipientRow(me.userId(), email, language));
            } else {
                recipient.change(email, language);
            }
            settings.emailByKind().forEach((kind, mailed) -> {
                KindChoiceRow choice = em.find(KindChoiceRow.class, new KindChoiceRow.Key(me.userId(), kind));
                if (choice == null) {
                    em.persist(new KindChoiceRow(me.userId(), kind, mailed));
                } else {
                    choice.email(mailed);
                }
            });
        });
        NotificationSettings after = settings();
        audit.record(AuditEvent.updated(MODULE_ID, "NotificationSettings", me.userId(), facts(before), facts(after)));
        return after;
    }

    private static Map<String, Object> facts(NotificationSettings settings) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("emailAddress", settings.emailAddress());
        facts.put("language", settings.language());
        settings.emailByKind().forEach((kind, mailed) -> facts.put("email." + kind, mailed));
        return facts;
    }

    @Override
    public boolean emailAvailable() {
        return outbox.serverConfigured();
    }
}
