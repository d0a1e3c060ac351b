package org.mosaiccrm.platform.approvals.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** While a user is away, who approves for them: a row of {@code PLT_APPROVAL_DELEGATION}. */
@Entity
@Table(name = "PLT_APPROVAL_DELEGATION")
public class DelegationRow {

    @Id
    @Column(name = "USER_ID")
    private long userId;
    @Column(name = "DEPUTY_ID")
    private long deputyId;
    @Column(name = "FROM_DATE")
    private LocalDate from;
    @Column(name = "TO_DATE")
    private LocalDate to;

    protected DelegationRow() {
        // for JPA
    }

    DelegationRow(long userId, long deputyId, LocalDate from, LocalDate to) {
        this.userId = userId;
        change(deputyId, from, to);
    }

    void change(long deputy, LocalDate first, LocalDate last) {
        this.deputyId = deputy;
        this.from = first;
        this.to = last;
    }

    long deputyId() {
        return deputyId;
    }

    org.mosaiccrm.platform.approval.ApprovalDelegation toDelegation() {
        return new org.mosaiccrm.platform.approval.ApprovalDelegation(deputyId, from, to);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
