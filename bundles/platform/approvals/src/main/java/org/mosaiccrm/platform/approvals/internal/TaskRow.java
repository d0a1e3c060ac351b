package org.mosaiccrm.platform.approvals.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.approval.ApprovalRequest;
import org.mosaiccrm.platform.approval.ApprovalTask;

/**
 * One approver's part in a step: its row in {@code PLT_APPROVAL_TASK}. A task with {@code afterTaskId}
 * waits (QUEUED) until that task is approved: how "one after another" and "add an approver before or
 * after me" are kept.
 */
@Entity
@Table(name = "PLT_APPROVAL_TASK")
public class TaskRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_approval_seq")
    @SequenceGenerator(name = "plt_approval_seq", sequenceName = "PLT_APPROVAL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "REQUEST_ID")
    private long requestId;
    @Column(name = "RECORD_TYPE")
    private String recordType;
    @Column(name = "STEP")
    private int step;
    @Column(name = "STEP_NAME")
    private String stepName;
    @Column(name = "APPROVER_ID")
    private long approverId;
    @Column(name = "DELEGATOR_ID")
    private Long delegatorId;
    @Column(name = "AFTER_TASK_ID")
    private Long afterTaskId;
    @Column(name = "STATE")
    private String state;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Column(name = "WAITING_SINCE")
    private Instant waitingSince;
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;
    @Column(name = "COMMENT_TEXT")
    private String comment;
    /** 0: not yet, 1: reminded, 2: escalated. */
    @Column(name = "REMINDED")
    private int reminded;
    @Column(name = "LIMIT_HOURS")
    private int limitHours;
    @Column(name = "ESCALATE_TO")
    private Long escalateTo;

    protected TaskRow() {
        // for JPA
    }

    TaskRow(RequestRow request, int step, String stepName, long approverId, Long delegatorId, int limitHours, Long escalateTo,
            Instant now) {
        this.escalateTo = escalateTo;
        this.requestId = request.id();
        this.recordType = request.recordType();
        this.step = step;
        this.stepName = stepName;
        this.approverId = approverId;
        this.delegatorId = delegatorId;
        this.limitHours = limitHours;
        this.state = ApprovalTask.State.QUEUED.name();
        this.createdAt = now;
        this.comment = "";
    }

    long id() {
        return id;
    }

    long requestId() {
        return requestId;
    }

    int step() {
        return step;
    }

    String stepName() {
        return stepName;
    }

    long approverId() {
        return approverId;
    }

    Long delegatorId() {
        return delegatorId;
    }

    Long afterTaskId() {
        return afterTaskId;
    }

    int limitHours() {
        return limitHours;
    }

    Long escalateTo() {
        return escalateTo;
    }

    String recordType() {
        return recordType;
    }

    int reminded() {
        return reminded;
    }

    Instant waitingSince() {
        return waitingSince;
    }

    ApprovalTask.State state() {
        return ApprovalTask.State.valueOf(state);
    }

    boolean open() {
        return state() == ApprovalTask.State.WAITING || state() == ApprovalTask.State.QUEUED;
    }

    void after(Long taskId) {
        afterTaskId = taskId;
    }

    void waitNow(Instant now) {
        state = ApprovalTask.State.WAITING.name();
        waitingSince = now;
        reminded = 0;
    }

    void queue() {
        state = ApprovalTask.State.QUEUED.name();
    }

    void end(ApprovalTask.State outcome, String text, Instant now) {
        state = outcome.name();
        comment = text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) : text;
        decidedAt = now;
    }

    void reminded(int level) {
        reminded = level;
    }

    ApprovalTask toTask(ApprovalRequest request) {
        return new ApprovalTask(id, request, step, stepName, approverId, delegatorId, state(), createdAt, decidedAt, comment);
    }
}
