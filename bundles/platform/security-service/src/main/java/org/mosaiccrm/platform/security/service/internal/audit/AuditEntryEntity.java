package org.mosaiccrm.platform.security.service.internal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code SEC_AUDIT}: written once, never updated (no setters, no version). */
@Entity
@Table(name = "SEC_AUDIT")
public class AuditEntryEntity {

    @Id
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "LOGGED_AT", nullable = false)
    private Instant at;

    @Column(name = "USER_ID")
    private Long userId;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "ADDRESS", nullable = false, length = 64)
    private String address;

    @Column(name = "CATEGORY", nullable = false, length = 10)
    private String category;

    @Column(name = "ACTION", nullable = false, length = 60)
    private String action;

    @Column(name = "MODULE", nullable = false, length = 60)
    private String module;

    @Column(name = "RECORD_TYPE", nullable = false, length = 60)
    private String recordType;

    @Column(name = "RECORD_ID", nullable = false, length = 120)
    private String recordId;

    @Column(name = "CHANGES", nullable = false, length = 32000)
    private String changes;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    /** The key of the entry's HMAC; {@code null} for entries written before the chain was keyed. */
    @Column(name = "KEY_ID", length = 16)
    private String keyId;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(ChainedEntry entry) {
        this.sequence = entry.sequence();
        this.at = entry.at();
        this.userId = entry.userId();
        this.username = entry.username();
        this.address = entry.address();
        this.category = entry.category();
        this.action = entry.action();
        this.module = entry.module();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.changes = entry.changes();
        this.prevHash = entry.prevHash();
        this.hash = entry.hash();
        this.keyId = entry.keyId();
    }

    ChainedEntry toChained() {
        return new ChainedEntry(sequence, at, userId, username, address, category, action, module, recordType,
                recordId, changes, prevHash, keyId, hash);
    }
}
