package org.mosaiccrm.customer.service.internal.interaction;

import static org.mosaiccrm.customer.service.internal.TextRules.orEmpty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.customer.Interaction;
import org.mosaiccrm.customer.InteractionKind;

/** Table {@code CUS_INTERACTION}: one entry of a customer's timeline. */
@Entity
@Table(name = "CUS_INTERACTION")
public class InteractionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_interaction_seq")
    @SequenceGenerator(name = "cus_interaction_seq", sequenceName = "CUS_INTERACTION_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "CONTACT_ID")
    private Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private InteractionKind kind;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "USER_ID", nullable = false)
    private long userId;

    @Column(name = "USER_NAME", nullable = false, length = 200)
    private String userName;

    @Column(name = "SUMMARY", nullable = false, length = 2000)
    private String summary;

    @Column(name = "OUTCOME", length = 2000)
    private String outcome;

    @Column(name = "NEXT_STEP", length = 2000)
    private String nextStep;

    @Column(name = "FOLLOW_UP_ON")
    private LocalDate followUpOn;

    @Column(name = "FOLLOW_UP_DONE", nullable = false)
    private boolean followUpDone;

    protected InteractionEntity() {
    }

    InteractionEntity(InteractionInput input, Instant occurredAt, long userId, String userName) {
        this.customerId = input.customerId();
        this.contactId = input.contactId();
        this.kind = input.kind();
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.userName = userName;
        this.summary = input.summary();
        this.outcome = input.outcome();
        this.nextStep = input.nextStep();
        this.followUpOn = input.followUpOn();
    }

    long id() {
        return id;
    }

    long customerId() {
        return customerId;
    }

    long userId() {
        return userId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    void completeFollowUp() {
        followUpDone = true;
    }

    Interaction toInteraction() {
        return new Interaction(id, customerId, contactId, kind, occurredAt, userId, userName, summary, orEmpty(outcome),
                orEmpty(nextStep), followUpOn, followUpDone);
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerId", customerId);
        fields.put("contactId", contactId);
        fields.put("kind", kind);
        fields.put("occurredAt", occurredAt);
        fields.put("summary", summary);
        fields.put("outcome", outcome);
        fields.put("nextStep", nextStep);
        fields.put("followUpOn", followUpOn);
        fields.put("followUpDone", followUpDone);
        return fields;
    }
}
