package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last expiry notice a contract's owner had, and the end date it was about: its row in {@code CON_EXPIRY_NOTICE}. */
@Entity
@Table(name = "CON_EXPIRY_NOTICE")
public class ExpiryNoticeEntity {

    @Id
    @Column(name = "CONTRACT_ID")
    private long contractId;
    @Column(name = "END_DATE")
    private LocalDate endDate;
    @Column(name = "DAYS")
    private int days;

    protected ExpiryNoticeEntity() {
        // for JPA
    }

    ExpiryNoticeEntity(long contractId) {
        this.contractId = contractId;
    }

    void sent(LocalDate about, int daysBefore) {
        this.endDate = about;
        this.days = daysBefore;
    }
}
