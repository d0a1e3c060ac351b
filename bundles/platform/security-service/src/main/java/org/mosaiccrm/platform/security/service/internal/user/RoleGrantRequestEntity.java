package org.mosaiccrm.platform.security.service.internal.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.security.RoleGrant;

/** Table {@code SEC_ROLE_REQUEST}: a business role asked for, and who decided about it. */
@Entity
@Table(name = "SEC_ROLE_REQUEST")
public class RoleGrantRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_id_seq")
    @SequenceGenerator(name = "sec_id_seq", sequenceName = "SEC_ID_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "USER_ID", nullable = false)
    private long userId;

    @Column(name = "ROLE_CODE", nullable = false, length = 40)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private RoleGrant.Status status = RoleGrant.Status.PENDING;

    @Column(name = "REQUESTED_BY", nullable = false)
    private long requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Column(name = "DECIDED_BY")
    private Long decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    protected RoleGrantRequestEntity() {
    }

    RoleGrantRequestEntity(long userId, String role, long requestedBy, Instant requestedAt) {
        this.userId = userId;
        this.role = role;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(boolean approve, long decider, Instant at) {
        status = approve ? RoleGrant.Status.GRANTED : RoleGrant.Status.REJECTED;
        decidedBy = decider;
        decidedAt = at;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getRole() {
        return role;
    }

    RoleGrant.Status getStatus() {
        return status;
    }

    long getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
