package org.mosaiccrm.platform.webhooks.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.webhook.WebhookState;
import org.mosaiccrm.platform.webhook.WebhookSubscription;

/** A subscription: its row in {@code PLT_WEBHOOK}. */
@Entity
@Table(name = "PLT_WEBHOOK")
public class WebhookRow {

    /** {@link #pausedReason} of a subscription the job paused. */
    static final String PAUSED_BY_FAILURES = "failures";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_webhook_seq")
    @SequenceGenerator(name = "plt_webhook_seq", sequenceName = "PLT_WEBHOOK_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "NAME")
    private String name;
    @Column(name = "URL")
    private String url;
    @Column(name = "EVENTS")
    private String events;
    @Column(name = "SECRET")
    private String secret;
    @Column(name = "STATE")
    private String state;
    @Column(name = "PAUSED_REASON")
    private String pausedReason;
    @Column(name = "FAILURES_IN_ROW")
    private int failuresInRow;
    @Column(name = "OWNER_ID")
    private long ownerId;
    @Column(name = "OWNER_USERNAME")
    private String ownerUsername;
    @Column(name = "OWNER_NAME")
    private String ownerName;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private long version;

    protected WebhookRow() {
        // for JPA
    }

    WebhookRow(WebhookInput input, String secret, Subject owner, Instant now) {
        change(input);
        this.secret = secret;
        this.state = WebhookState.ACTIVE.name();
        this.pausedReason = "";
        this.ownerId = owner.userId();
        this.ownerUsername = owner.username();
        this.ownerName = owner.displayName();
        this.createdAt = now;
    }

    void change(WebhookInput input) {
        this.name = input.name();
        this.url = input.url();
        this.events = String.join(",", input.events());
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    long ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    /** The fields the audit log shows before and after a change (never the secret). */
    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("url", url);
        fields.put("events", events);
        fields.put("state", state);
        return fields;
    }

    String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    void secret(String secret) {
        this.secret = secret;
    }

    boolean active() {
        return WebhookState.ACTIVE.name().equals(state);
    }

    List<String> events() {
        return events.isEmpty() ? List.of() : Arrays.asList(events.split(","));
    }

    /** The owner as a subject, to check what the subscription may hear of. */
    Subject owner() {
        return new Subject(ownerId, ownerUsername, ownerName, "webhook " + id);
    }

    void pause(String reason) {
        state = WebhookState.PAUSED.name();
        pausedReason = reason;
    }

    void resume() {
        state = WebhookState.ACTIVE.name();
        pausedReason = "";
        failuresInRow = 0;
    }

    void delivered() {
        failuresInRow = 0;
    }

    /** Counts a failed attempt; pauses at {@code pauseAfter} in a row. @return whether it paused now */
    boolean failed(int pauseAfter) {
        failuresInRow++;
        if (active() && failuresInRow >= pauseAfter) {
            pause(PAUSED_BY_FAILURES);
            return true;
        }
        return false;
    }

    WebhookSubscription toSubscription() {
        return new WebhookSubscription(id, name, url, events(), WebhookState.valueOf(state), pausedReason, failuresInRow,
                ownerId, ownerName, createdAt, version);
    }
}
