package org.mosaiccrm.platform.security.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code SEC_AUDIT_ANCHOR}: one row saying where the chain starts after retention pruned it. */
@Entity
@Table(name = "SEC_AUDIT_ANCHOR")
public class AuditAnchorEntity {

    static final int SINGLE_ROW = 1;

    @Id
    @Column(name = "ID")
    private int id = SINGLE_ROW;

    @Column(name = "FIRST_SEQ", nullable = false)
    private long firstSequence;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;

    protected AuditAnchorEntity() {
    }

    AuditAnchorEntity(long firstSequence, String prevHash) {
        move(firstSequence, prevHash);
    }

    void move(long firstSequence, String prevHash) {
        this.firstSequence = firstSequence;
        this.prevHash = prevHash;
    }

    long firstSequence() {
        return firstSequence;
    }

    String prevHash() {
        return prevHash;
    }
}
