package com.example.loyalty.internal;

import java.time.Instant;

import com.example.loyalty.LedgerEntry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ledger entry as stored in the module's own table (see db/loyalty-changelog.xml). */
@Entity
@Table(name = "LOY_ENTRY")
public class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loyalty_entry_seq")
    @SequenceGenerator(name = "loyalty_entry_seq", sequenceName = "LOY_ENTRY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "AMOUNT", nullable = false)
    private long amount;

    @Column(name = "REASON", nullable = false, length = 200)
    private String reason;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected LedgerEntryEntity() {
    }

    LedgerEntryEntity(long customerId, long amount, String reason, Instant createdAt, String createdBy) {
        this.customerId = customerId;
        this.amount = amount;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(id, customerId, amount, reason, createdAt, createdBy);
    }
}
