package org.mosaiccrm.platform.approvals.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.approval.ApprovalFlow;
import org.mosaiccrm.platform.approval.ApprovalStep;

/** A saved version of a type's flow: its row in {@code PLT_APPROVAL_FLOW} (the steps as JSON). */
@Entity
@Table(name = "PLT_APPROVAL_FLOW")
public class FlowRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_approval_seq")
    @SequenceGenerator(name = "plt_approval_seq", sequenceName = "PLT_APPROVAL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "RECORD_TYPE")
    private String recordType;
    @Column(name = "VERSION")
    private int version;
    @Column(name = "NAME")
    private String name;
    @Column(name = "STEPS")
    private String steps;
    @Column(name = "ACTIVE")
    private boolean active;
    @Column(name = "SAVED_AT")
    private Instant savedAt;
    @Column(name = "SAVED_BY")
    private String savedBy;

    protected FlowRow() {
        // for JPA
    }

    FlowRow(String recordType, int version, String name, String steps, boolean active, Instant savedAt, String savedBy) {
        this.recordType = recordType;
        this.version = version;
        this.name = name;
        this.steps = steps;
        this.active = active;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    long id() {
        return id;
    }

    int version() {
        return version;
    }

    boolean active() {
        return active;
    }

    String name() {
        return name;
    }

    String stepsJson() {
        return steps;
    }

    ApprovalFlow toFlow(List<ApprovalStep> parsed) {
        return new ApprovalFlow(id, recordType, version, name, parsed, active, savedAt, savedBy);
    }
}
