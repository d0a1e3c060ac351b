package org.mosaiccrm.platform.mail.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.mail.MailState;
import org.mosaiccrm.platform.mail.OutboxMessage;
import org.mosaiccrm.platform.mail.OutgoingMail;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox: renders and keeps every mail ({@code PLT_MAIL}), and — as the scheduled job
 * {@code mail.outbox}, every 10 seconds by default — sends what is due through the SMTP server of the
 * configuration {@code org.mosaiccrm.mail}. Without a host there configured, mail waits. (It does not
 * ask the job service to send at once after queueing: the job service binds every scheduled job, so
 * a scheduled job that also needed the job service would make a circle of services.)
 */
@Component(service = { MailOutbox.class, ScheduledJob.class }, configurationPid = MailOutboxService.PID,
        property = { ScheduledJob.ID + "=" + MailOutboxService.JOB_ID, ScheduledJob.SCHEDULE + "=0/10 * * * * ?",
                ScheduledJob.LEASE_SECONDS + "=300" })
@Designate(ocd = MailOutboxService.Config.class)
public class MailOutboxService implements MailOutbox, ScheduledJob {

    public static final String PID = "org.mosaiccrm.mail";
    public static final String MODULE_ID = "mail";
    static final String JOB_ID = "mail.outbox";

    @ObjectClassDefinition(name = "Mosaic CRM e-mail", description = "The SMTP server the CRM's mail goes through")
    public @interface Config {
        @AttributeDefinition(description = "SMTP server; empty: no mail is sent, it waits in the outbox")
        String host() default "";

        @AttributeDefinition(description = "Port: 587 for STARTTLS, 465 for TLS, 25 for a relay without")
        int port() default 587;

        @AttributeDefinition(description = "How the connection is protected", options = {
            @Option(value = "starttls", label = "STARTTLS"), @Option(value = "tls", label = "TLS"), @Option(value = "none", label = "None") })
        String security() default "starttls";

        @AttributeDefinition(description = "User name at the server; empty: no sign-in", required = false)
        String username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password at the server (never logged)", required = false)
        String password() default "";

        @AttributeDefinition(description = "The sender's address (From)")
        String fromAddress() default "";

        @AttributeDefinition(description = "The sender's name (From)")
        String fromName() default "Mosaic CRM";

        @AttributeDefinition(description = "Attempts before a message is given up")
        int maxAttempts() default 8;

        @AttributeDefinition(description = "Pause after the first failed attempt, in seconds; it doubles after each, up to an hour")
        int firstRetrySeconds() default 60;

        @AttributeDefinition(description = "Messages sent over one connection")
        int batchSize() default 100;

        @AttributeDefinition(description = "Connect, read and write timeout, in seconds")
        int timeoutSeconds() default 20;

        @AttributeDefinition(name = "Schedule", description = "When the outbox is looked at (Quartz cron with seconds)")
        String mosaic_job_schedule() default "0/10 * * * * ?";
    }

    private static final Logger LOG = LoggerFactory.getLogger(MailOutboxService.class);

    private final ModuleDatabase database;
    private final AccessPolicy access;
    private final Clock clock;
    private final MailRenderer renderer = new MailRenderer();
    /** Null when no server is configured. */
    private final OutboxDelivery delivery;

    @Activate
    public MailOutboxService(@Reference ModuleDatabases databases, @Reference AccessPolicy access, Config config) {
        this(databases.open(unit()), access, server(config), Clock.systemUTC(), config.batchSize(),
                config.maxAttempts(), Duration.ofSeconds(Math.max(1, config.firstRetrySeconds())));
    }

    MailOutboxService(ModuleDatabase database, AccessPolicy access, SmtpServer server, Clock clock,
            int batchSize, int maxAttempts, Duration firstPause) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.delivery = server == null ? null : new OutboxDelivery(database, server, clock, batchSize, maxAttempts, firstPause);
        if (server == null) {
            LOG.info("No mail server configured ({}.cfg, host): mail waits in the outbox", PID);
        } else {
            LOG.info("Mail goes through {}", server);
        }
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, MailOutboxService.class, "db/mail-changelog.xml", OutboxRow.class);
    }

    private static SmtpServer server(Config config) {
        if (config.host().isBlank()) {
            return null;
        }
        if (config.fromAddress().isBlank()) {
            LOG.warn("{}.cfg names a mail server but no fromAddress: no mail is sent", PID);
            return null;
        }
        SmtpServer.Security security;
        try {
            security = SmtpServer.Security.valueOf(config.security().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("{}.cfg: security '{}' is none of starttls, tls, none: no mail is sent", PID, config.security());
            return null;
        }
        return new SmtpServer(config.host().strip(), config.port(), security, config.username().strip(), config.password(),
                config.fromAddress().strip(), config.fromName().strip(), Math.max(1, config.timeoutSeconds()));
    }

    @Deactivate
    void close() {
        database.close();
    }

    @Override
    public OutboxMessage queue(OutgoingMail mail) {
        String to = address(mail.to());
        RenderedMail rendered = renderer.render(mail.template(), mail.locale(), mail.model());
        if (rendered.body().length() > 32000) {
            throw new InputRefusedException("template", "mail.error.tooLong", mail.template().id());
        }
        String name = mail.toName().length() > 200 ? mail.toName().substring(0, 200) : mail.toName();
        String reference = mail.reference().length() > 120 ? mail.reference().substring(0, 120) : mail.reference();
        OutboxMessage queued = database.inTransaction(em -> {
            OutboxRow row = new OutboxRow(to, name, rendered, reference, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            em.persist(row);
            em.flush();
            return row.toMessage();
        });
        return queued;
    }

    /** The address as the server will get it; a clear refusal for anything that is not one. */
    private static String address(String to) {
        try {
            InternetAddress address = new InternetAddress(to, true);
            address.validate();
            if (address.getAddress().indexOf('@') < 1 || address.getPersonal() != null) {
                throw new AddressException("not a plain address");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new InputRefusedException("to", "mail.error.address", to);
        }
    }

    @Override
    public boolean serverConfigured() {
        return delivery != null;
    }

    @Override
    public List<OutboxMessage> messages(MailState state, int limit) {
        access.require(PERMISSION_ADMINISTER);
        int max = Math.max(1, Math.min(limit, 1000));
        return database.read(em -> (state == null
                ? em.createQuery("SELECT m FROM OutboxRow m ORDER BY m.id DESC", OutboxRow.class)
                : em.createQuery("SELECT m FROM OutboxRow m WHERE m.state = :state ORDER BY m.id DESC", OutboxRow.class)
                        .setParameter("state", state.name()))
                .setMaxResults(max).getResultList().stream().map(OutboxRow::toMessage).toList());
    }

    @Override
    public OutboxMessage retry(long messageId) {
        access.require(PERMISSION_ADMINISTER);
        OutboxMessage again = database.inTransaction(em -> {
            OutboxRow row = em.find(OutboxRow.class, messageId);
            if (row == null || row.state() != MailState.FAILED) {
                throw new InputRefusedException("", "mail.error.notFailed");
            }
            row.queueAgain(clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return row.toMessage();
        });
        return again;
    }

    @Override
    public void run() {
        sendDue();
    }

    /** Sends what is due now; returns how many the server accepted (0 without a server). */
    int sendDue() {
        return delivery == null ? 0 : delivery.sendDue();
    }
}
