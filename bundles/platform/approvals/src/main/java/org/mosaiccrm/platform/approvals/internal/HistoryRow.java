package org.mosaiccrm.platform.approvals.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.approval.ApprovalHistoryEntry;

/** A line of a record's approval history: its row in {@code PLT_APPROVAL_HISTORY}. */
@Entity
@Table(name = "PLT_APPROVAL_HISTORY")
public class HistoryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_approval_seq")
    @SequenceGenerator(name = "plt_approval_seq", sequenceName = "PLT_APPROVAL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "REQUEST_ID")
    private long requestId;
    @Column(name = "RECORD_TYPE")
    private String recordType;
    @Column(name = "RECORD_ID")
    private long recordId;
    @Column(name = "HAPPENED_AT")
    private Instant at;
    @Column(name = "USER_ID")
    private Long userId;
    @Column(name = "ACTION")
    private String action;
    @Column(name = "STEP")
    private int step;
    @Column(name = "COMMENT_TEXT")
    private String comment;

    protected HistoryRow() {
        // for JPA
    }

    HistoryRow(RequestRow request, Instant at, Long userId, String action, int step, String comment) {
        this.requestId = request.id();
        this.recordType = request.recordType();
        this.recordId = request.recordId();
        this.at = at;
        this.userId = userId;
        this.action = action;
        this.step = step;
        this.comment = comment == null ? "" : comment.length() > 2000 ? comment.substring(0, 2000) : comment;
    }

    ApprovalHistoryEntry toEntry() {
        return new ApprovalHistoryEntry(requestId, at, userId, action, step, comment);
    }
}
