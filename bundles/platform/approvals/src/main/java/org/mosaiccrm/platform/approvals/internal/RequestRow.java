package org.mosaiccrm.platform.approvals.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mosaiccrm.platform.approval.ApprovalRequest;

/** A record submitted for approval: its row in {@code PLT_APPROVAL_REQUEST}. */
@Entity
@Table(name = "PLT_APPROVAL_REQUEST")
public class RequestRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_approval_seq")
    @SequenceGenerator(name = "plt_approval_seq", sequenceName = "PLT_APPROVAL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "RECORD_TYPE")
    private String recordType;
    @Column(name = "RECORD_ID")
    private long recordId;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "ROUTE")
    private String route;
    @Column(name = "FLOW_ID")
    private long flowId;
    @Column(name = "SUBMITTER_ID")
    private long submitterId;
    @Column(name = "STATE")
    private String state;
    @Column(name = "STEP")
    private int step;
    /** The indexes of the flow's steps on this record's path, comma-separated. */
    @Column(name = "PATH")
    private String path;
    @Column(name = "SNAPSHOT")
    private String snapshot;
    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;
    @Version
    @Column(name = "VERSION")
    private long version;

    protected RequestRow() {
        // for JPA
    }

    RequestRow(String recordType, long recordId, String title, String route, long flowId, long submitterId, List<Integer> path,
            String snapshot, Instant now) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.route = route.length() > 300 ? "" : route;
        this.flowId = flowId;
        this.submitterId = submitterId;
        this.state = ApprovalRequest.State.PENDING.name();
        this.path = path.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.step = path.get(0);
        this.snapshot = snapshot;
        this.submittedAt = now;
    }

    long id() {
        return id;
    }

    String recordType() {
        return recordType;
    }

    long recordId() {
        return recordId;
    }

    String title() {
        return title;
    }

    String route() {
        return route;
    }

    long flowId() {
        return flowId;
    }

    long submitterId() {
        return submitterId;
    }

    int step() {
        return step;
    }

    String snapshot() {
        return snapshot;
    }

    ApprovalRequest.State state() {
        return ApprovalRequest.State.valueOf(state);
    }

    List<Integer> path() {
        return Arrays.stream(path.split(",")).map(Integer::valueOf).toList();
    }

    void moveTo(int stepIndex) {
        step = stepIndex;
    }

    void decide(ApprovalRequest.State outcome, Instant now) {
        state = outcome.name();
        step = -1;
        decidedAt = now;
    }

    ApprovalRequest toRequest(int flowVersion) {
        return new ApprovalRequest(id, recordType, recordId, title, route, flowId, flowVersion, submitterId, state(), step,
                submittedAt, decidedAt);
    }
}
