package org.mosaiccrm.platform.mail.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.mosaiccrm.platform.mail.MailState;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in the outbox: claims a batch (one conditional update, so two nodes never take the
 * same message), hands it to the server over one connection and records each outcome. A failed
 * attempt is tried again after a pause that doubles each time (the first one configured, at most an
 * hour) until the attempts run out; an address the server refuses for good fails at once.
 */
final class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final List<String> DUE = List.of(MailState.QUEUED.name(), MailState.SENDING.name());
    /** How long a claim holds: a node that stops mid-batch leaves its messages to be taken again after it. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final ModuleDatabase database;
    private final SmtpServer server;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstPause;

    OutboxDelivery(ModuleDatabase database, SmtpServer server, Clock clock, int batchSize, int maxAttempts, Duration firstPause) {
        this.database = database;
        this.server = server;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstPause = firstPause;
    }

    /** Sends every message due now, batch after batch; returns how many the server accepted. */
    int sendDue() {
        int sent = 0;
        while (true) {
            List<OutboxRow> batch = claim(now());
            if (batch.isEmpty()) {
                return sent;
            }
            sent += send(batch);
            if (batch.size() < batchSize) {
                return sent;
            }
        }
    }

    private List<OutboxRow> claim(Instant now) {
        String claim = UUID.randomUUID().toString();
        return database.inTransaction(em -> {
            List<Long> ids = em.createQuery("SELECT m.id FROM OutboxRow m WHERE m.state IN :due AND m.nextAttemptAt <= :now"
                    + " ORDER BY m.nextAttemptAt, m.id", Long.class)
                    .setParameter("due", DUE).setParameter("now", now).setMaxResults(batchSize).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            em.createQuery("UPDATE OutboxRow m SET m.state = :sending, m.claim = :claim, m.nextAttemptAt = :until"
                    + " WHERE m.id IN :ids AND m.state IN :due AND m.nextAttemptAt <= :now")
                    .setParameter("sending", MailState.SENDING.name()).setParameter("claim", claim)
                    .setParameter("until", now.plus(CLAIM)).setParameter("ids", ids).setParameter("due", DUE)
                    .setParameter("now", now).executeUpdate();
            return em.createQuery("SELECT m FROM OutboxRow m WHERE m.claim = :claim ORDER BY m.id", OutboxRow.class)
                    .setParameter("claim", claim).getResultList();
        });
    }

    private int send(List<OutboxRow> batch) {
        int sent = 0;
        Transport transport = null;
        try {
            for (OutboxRow row : batch) {
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = server.connect();
                    } catch (MessagingException e) {
                        String error = "mail server " + server + ": " + describe(e);
                        LOG.warn("Mail not sent, {}", error);
                        batch.subList(batch.indexOf(row), batch.size()).forEach(left -> failed(left, error, false));
                        return sent;
                    }
                }
                try {
                    MimeMessage message = server.message(row, Date.from(now()));
                    transport.sendMessage(message, message.getAllRecipients());
                    Instant at = now();
                    record(row.id(), found -> found.sent(at));
                    sent++;
                } catch (SendFailedException refused) {
                    // the server turned the address down: 5xx is for good, 4xx is worth another try
                    failed(row, describe(refused), permanent(refused));
                } catch (MessagingException | RuntimeException e) {
                    failed(row, describe(e), false);
                }
            }
            return sent;
        } finally {
            close(transport);
        }
    }

    private void failed(OutboxRow row, String error, boolean permanent) {
        int attempt = row.attempts() + 1;
        Instant now = now();
        Instant next = permanent || attempt >= maxAttempts ? null : now.plus(pauseAfter(attempt));
        record(row.id(), found -> found.failed(error, next));
    }

    /** The pause after the {@code attempt}-th failure: the first pause, doubled each time, at most an hour. */
    Duration pauseAfter(int attempt) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void record(long id, Consumer<OutboxRow> outcome) {
        database.runInTransaction(em -> {
            OutboxRow row = em.find(OutboxRow.class, id);
            if (row != null) {
                outcome.accept(row);
            }
        });
    }

    /** Whether the server's answer about the address (the nested exception, "550 5.1.1 …") is a 5xx one. */
    private static boolean permanent(SendFailedException refused) {
        Exception cause = refused.getNextException();
        while (cause != null) {
            String reply = cause.getMessage() == null ? "" : cause.getMessage().strip();
            if (reply.length() >= 3 && Character.isDigit(reply.charAt(0))) {
                return reply.charAt(0) == '5';
            }
            cause = cause instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return false;
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? text + " (" + cause.getMessage() + ")" : text;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the batch's outcomes are recorded; a connection that does not close cleanly changes none
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
