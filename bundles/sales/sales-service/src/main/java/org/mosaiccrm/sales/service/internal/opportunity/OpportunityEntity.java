package org.mosaiccrm.sales.service.internal.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An opportunity (SAL_OPPORTUNITY); customers are referred to by id, through the customer API. */
@Entity
@Table(name = "SAL_OPPORTUNITY")
public class OpportunityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_opportunity_seq")
    @SequenceGenerator(name = "sal_opportunity_seq", sequenceName = "SAL_OPPORTUNITY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "NAME_KEY", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "STAGE_CODE", nullable = false, length = 40)
    private String stageCode;

    @Column(name = "AMOUNT", nullable = false, precision = 17, scale = 2)
    private BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "EXPECTED_CLOSE")
    private LocalDate expectedClose;

    @Column(name = "PROBABILITY", nullable = false)
    private int probability;

    @Column(name = "COMPETITORS", nullable = false, length = 500)
    private String competitors;

    @Column(name = "NEXT_STEP", nullable = false, length = 500)
    private String nextStep;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private OpportunityStatus status;

    @Column(name = "LOST_REASON", nullable = false, length = 500)
    private String lostReason;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    /** The stage furthest along the process this opportunity has been in (the funnel counts it). */
    @Column(name = "FURTHEST_STAGE", nullable = false, length = 40)
    private String furthestStage;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OpportunityEntity() {
    }

    OpportunityEntity(OpportunityInput.Checked input, int probability, long ownerId, Instant createdAt) {
        this.customerId = input.customerId();
        this.name = input.name();
        this.nameKey = key(input.name());
        this.stageCode = input.stageCode();
        this.furthestStage = input.stageCode();
        this.amount = input.amount();
        this.currency = input.currency();
        this.expectedClose = input.expectedClose();
        this.probability = probability;
        this.competitors = input.competitors();
        this.nextStep = input.nextStep();
        this.ownerId = ownerId;
        this.status = OpportunityStatus.OPEN;
        this.lostReason = "";
        this.createdAt = createdAt;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The amount the customer accepted replaces the estimate. */
    void wonAt(BigDecimal accepted) {
        this.amount = accepted;
    }

    public long ownerId() {
        return ownerId;
    }

    long version() {
        return version;
    }

    public String stageCode() {
        return stageCode;
    }

    String furthestStage() {
        return furthestStage;
    }

    public OpportunityStatus status() {
        return status;
    }

    /** @param further whether {@code stage} is further along than any stage this opportunity has been in */
    void moveTo(String stage, int stageProbability, boolean further) {
        this.stageCode = stage;
        if (further) {
            this.furthestStage = stage;
        }
        this.probability = stageProbability;
    }

    /** New facts; the probability given, or the stage's default when {@code null}. */
    void edit(OpportunityInput.Checked input, Integer chosenProbability, int stageProbability) {
        this.name = input.name();
        this.nameKey = key(input.name());
        this.amount = input.amount();
        this.currency = input.currency();
        this.expectedClose = input.expectedClose();
        this.probability = chosenProbability == null ? stageProbability : chosenProbability;
        this.competitors = input.competitors();
        this.nextStep = input.nextStep();
    }

    public void close(OpportunityStatus outcome, String reason, LocalDate on) {
        this.status = outcome;
        this.closedOn = on;
        this.probability = outcome == OpportunityStatus.WON ? 100 : 0;
        this.lostReason = reason;
    }

    public Opportunity toOpportunity() {
        return new Opportunity(id, customerId, name, stageCode, amount, currency, expectedClose, probability, competitors,
                nextStep, ownerId, status, lostReason, createdAt, version);
    }
}
