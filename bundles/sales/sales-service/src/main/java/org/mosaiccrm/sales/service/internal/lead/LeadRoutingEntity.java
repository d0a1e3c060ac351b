package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the round robin (SAL_LEAD_ROUTING): the one served longest ago gets the next lead. */
@Entity
@Table(name = "SAL_LEAD_ROUTING")
public class LeadRoutingEntity {

    @Id
    @Column(name = "USER_ID")
    private long userId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "LAST_ASSIGNED_AT")
    private Instant lastAssignedAt;

    protected LeadRoutingEntity() {
    }

    LeadRoutingEntity(long userId, int position) {
        this.userId = userId;
        this.position = position;
    }

    long userId() {
        return userId;
    }

    void served(Instant at) {
        this.lastAssignedAt = at;
    }
}
