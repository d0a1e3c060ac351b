package org.mosaiccrm.platform.mail.service.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.mail.MailState;
import org.mosaiccrm.platform.mail.OutboxMessage;

/** A mail in the outbox: its row in {@code PLT_MAIL}. */
@Entity
@Table(name = "PLT_MAIL")
public class OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_mail_seq")
    @SequenceGenerator(name = "plt_mail_seq", sequenceName = "PLT_MAIL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "RECIPIENT")
    private String recipient;
    @Column(name = "RECIPIENT_NAME")
    private String recipientName;
    @Column(name = "SUBJECT")
    private String subject;
    @Column(name = "BODY")
    private String body;
    @Column(name = "LANGUAGE")
    private String language;
    @Column(name = "TEMPLATE_ID")
    private String templateId;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "STATE")
    private String state;
    @Column(name = "ATTEMPTS")
    private int attempts;
    @Column(name = "QUEUED_AT")
    private Instant queuedAt;
    @Column(name = "NEXT_ATTEMPT_AT")
    private Instant nextAttemptAt;
    @Column(name = "SENT_AT")
    private Instant sentAt;
    @Column(name = "LAST_ERROR")
    private String lastError;
    @Column(name = "CLAIM")
    private String claim;

    protected OutboxRow() {
        // for JPA
    }

    OutboxRow(String recipient, String recipientName, RenderedMail mail, String reference, Instant now) {
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.subject = mail.subject();
        this.body = mail.body();
        this.language = mail.language();
        this.templateId = mail.templateId();
        this.reference = reference;
        this.state = MailState.QUEUED.name();
        this.queuedAt = now;
        this.nextAttemptAt = now;
        this.lastError = "";
    }

    long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String recipientName() {
        return recipientName;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    int attempts() {
        return attempts;
    }

    Instant queuedAt() {
        return queuedAt;
    }

    MailState state() {
        return MailState.valueOf(state);
    }

    void sent(Instant now) {
        state = MailState.SENT.name();
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = "";
        claim = null;
    }

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
    void failed(String error, Instant next) {
        attempts++;
        state = next == null ? MailState.FAILED.name() : MailState.QUEUED.name();
        nextAttemptAt = next;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        claim = null;
    }

    void queueAgain(Instant now) {
        state = MailState.QUEUED.name();
        nextAttemptAt = now;
        attempts = 0;
        claim = null;
    }

    OutboxMessage toMessage() {
        return new OutboxMessage(id, recipient, subject, language, templateId, reference, state(), attempts, queuedAt,
                nextAttemptAt, sentAt, lastError);
    }
}
