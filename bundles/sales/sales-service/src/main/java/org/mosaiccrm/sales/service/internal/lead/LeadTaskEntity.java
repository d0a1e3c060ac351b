package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;

import org.mosaiccrm.sales.LeadTask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A follow-up task on a lead (SAL_LEAD_TASK). */
@Entity
@Table(name = "SAL_LEAD_TASK")
public class LeadTaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_lead_task_seq")
    @SequenceGenerator(name = "sal_lead_task_seq", sequenceName = "SAL_LEAD_TASK_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "LEAD_ID", nullable = false)
    private long leadId;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;

    @Column(name = "REMIND_AT")
    private Instant remindAt;

    @Column(name = "REMINDED", nullable = false)
    private boolean reminded;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "DONE_AT")
    private Instant doneAt;

    protected LeadTaskEntity() {
    }

    LeadTaskEntity(long leadId, String title, Instant dueAt, Instant remindAt, long ownerId) {
        this.leadId = leadId;
        this.title = title;
        this.dueAt = dueAt;
        this.remindAt = remindAt;
        this.ownerId = ownerId;
    }

    long leadId() {
        return leadId;
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
    }

    void assignTo(long owner) {
        this.ownerId = owner;
    }

    void done(Instant at) {
        this.doneAt = at;
    }

    void reminded() {
        this.reminded = true;
    }

    LeadTask toTask(String leadName) {
        return new LeadTask(id, leadId, leadName, title, dueAt, remindAt, ownerId, doneAt);
    }
}
