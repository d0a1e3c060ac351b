package org.mosaiccrm.customer.service.internal.merge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code CUS_MERGE}: customer {@code MERGED_ID} lives on as {@code SURVIVOR_ID}. */
@Entity
@Table(name = "CUS_MERGE")
public class MergeEntity {

    @Id
    @Column(name = "MERGED_ID")
    private long mergedId;

    @Column(name = "SURVIVOR_ID", nullable = false)
    private long survivorId;

    @Column(name = "MERGED_AT", nullable = false)
    private Instant mergedAt;

    @Column(name = "USER_ID", nullable = false)
    private long userId;

    protected MergeEntity() {
    }

    public MergeEntity(long mergedId, long survivorId, Instant mergedAt, long userId) {
        this.mergedId = mergedId;
        this.survivorId = survivorId;
        this.mergedAt = mergedAt;
        this.userId = userId;
    }

    public long mergedId() {
        return mergedId;
    }

    public long survivorId() {
        return survivorId;
    }
}
