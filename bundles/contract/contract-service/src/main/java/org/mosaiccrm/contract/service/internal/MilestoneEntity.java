package org.mosaiccrm.contract.service.internal;

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

import org.mosaiccrm.contract.Milestone;
import org.mosaiccrm.contract.MilestoneKind;
import org.mosaiccrm.contract.MilestoneStatus;

/** A delivery or obligation of a contract: its row in {@code CON_MILESTONE}, changed only with its contract locked. */
@Entity
@Table(name = "CON_MILESTONE")
public class MilestoneEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "con_milestone_seq")
    @SequenceGenerator(name = "con_milestone_seq", sequenceName = "CON_MILESTONE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CONTRACT_ID")
    private long contractId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    private MilestoneKind kind;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "DUE_DATE")
    private LocalDate dueDate;
    @Column(name = "REMIND_DAYS")
    private int remindDays;
    @Column(name = "REMIND_ON")
    private LocalDate remindOn;
    @Column(name = "DONE_ON")
    private LocalDate doneOn;
    @Column(name = "REMINDED_DUE")
    private boolean remindedDue;
    @Column(name = "REMINDED_LATE")
    private boolean remindedLate;

    protected MilestoneEntity() {
        // for JPA
    }

    MilestoneEntity(long contractId, MilestoneInput input) {
        this.contractId = contractId;
        apply(input);
    }

    void apply(MilestoneInput input) {
        this.kind = input.kind();
        this.title = input.title();
        this.dueDate = input.dueDate();
        this.remindDays = input.remindDaysBefore();
        // a new date asks for its reminders again
        this.remindOn = dueDate.minusDays(remindDays);
        this.remindedDue = false;
        this.remindedLate = false;
    }

    /** Done: nothing left to remind of, so out of the reminder job's indexes. */
    void done(LocalDate on) {
        this.doneOn = on;
        this.remindedDue = true;
        this.remindedLate = true;
    }

    void remindedDue() {
        this.remindedDue = true;
    }

    void remindedLate() {
        this.remindedLate = true;
    }

    long id() {
        return id;
    }

    long contractId() {
        return contractId;
    }

    String title() {
        return title;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    MilestoneKind kind() {
        return kind;
    }

    boolean isDone() {
        return doneOn != null;
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contractId", contractId);
        fields.put("kind", kind.name());
        fields.put("title", title);
        fields.put("dueDate", dueDate);
        fields.put("remindDaysBefore", remindDays);
        fields.put("doneOn", doneOn);
        return fields;
    }

    Milestone toMilestone(LocalDate today) {
        MilestoneStatus status;
        if (doneOn != null) {
            status = doneOn.isAfter(dueDate) ? MilestoneStatus.DONE_LATE : MilestoneStatus.DONE;
        } else {
            status = dueDate.isBefore(today) ? MilestoneStatus.LATE : MilestoneStatus.PENDING;
        }
        return new Milestone(id, kind, title, dueDate, remindDays, doneOn, status);
    }
}
