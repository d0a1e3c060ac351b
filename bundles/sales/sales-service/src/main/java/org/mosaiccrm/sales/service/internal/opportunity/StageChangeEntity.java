package org.mosaiccrm.sales.service.internal.opportunity;

import java.time.Instant;

import org.mosaiccrm.sales.StageChange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One move of an opportunity (SAL_STAGE_CHANGE): its stage history, and the funnel's raw data. */
@Entity
@Table(name = "SAL_STAGE_CHANGE")
public class StageChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_stage_change_seq")
    @SequenceGenerator(name = "sal_stage_change_seq", sequenceName = "SAL_STAGE_CHANGE_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "OPPORTUNITY_ID", nullable = false)
    private long opportunityId;

    @Column(name = "FROM_STAGE", nullable = false, length = 40)
    private String fromStage;

    @Column(name = "TO_STAGE", nullable = false, length = 40)
    private String toStage;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    @Column(name = "CHANGED_BY", nullable = false, length = 100)
    private String changedBy;

    protected StageChangeEntity() {
    }

    public StageChangeEntity(long opportunityId, String fromStage, String toStage, Instant changedAt, String changedBy) {
        this.opportunityId = opportunityId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    StageChange toChange() {
        return new StageChange(fromStage, toStage, changedAt, changedBy);
    }
}
