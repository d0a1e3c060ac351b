package org.mosaiccrm.sales.service.internal.lead;

import java.time.Instant;

import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadGrade;
import org.mosaiccrm.sales.LeadStatus;

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

/** A lead (SAL_LEAD). The *_KEY columns are the normalised values searches and duplicate checks use. */
@Entity
@Table(name = "SAL_LEAD")
public class LeadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_lead_seq")
    @SequenceGenerator(name = "sal_lead_seq", sequenceName = "SAL_LEAD_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "NAME_KEY", nullable = false, length = 100)
    private String nameKey;

    @Column(name = "COMPANY", nullable = false, length = 200)
    private String company;

    @Column(name = "COMPANY_KEY", nullable = false, length = 200)
    private String companyKey;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Column(name = "EMAIL", nullable = false, length = 200)
    private String email;

    @Column(name = "EMAIL_KEY", nullable = false, length = 200)
    private String emailKey;

    @Column(name = "PHONE", nullable = false, length = 40)
    private String phone;

    @Column(name = "PHONE_KEY", nullable = false, length = 40)
    private String phoneKey;

    @Column(name = "SOURCE", nullable = false, length = 100)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false, length = 10)
    private LeadGrade grade;

    @Column(name = "SCORE", nullable = false)
    private int score;

    @Column(name = "NOTES", nullable = false, length = 2000)
    private String notes;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 15)
    private LeadStatus status;

    @Column(name = "DISQUALIFY_REASON", nullable = false, length = 500)
    private String disqualifyReason;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "OPPORTUNITY_ID")
    private Long opportunityId;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected LeadEntity() {
    }

    LeadEntity(LeadInput.Checked input, long ownerId, Instant createdAt) {
        apply(input);
        this.ownerId = ownerId;
        this.status = LeadStatus.OPEN;
        this.disqualifyReason = "";
        this.createdAt = createdAt;
    }

    void apply(LeadInput.Checked input) {
        this.name = input.name();
        this.nameKey = LeadInput.textKey(input.name());
        this.company = input.company();
        this.companyKey = LeadInput.textKey(input.company());
        this.title = input.title();
        this.email = input.email();
        this.emailKey = LeadInput.emailKey(input.email());
        this.phone = input.phone();
        this.phoneKey = LeadInput.phoneKey(input.phone());
        this.source = input.source();
        this.grade = input.grade();
        this.score = input.score();
        this.notes = input.notes();
    }

    long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    long version() {
        return version;
    }

    LeadStatus status() {
        return status;
    }

    String name() {
        return name;
    }

    void assignTo(long owner) {
        this.ownerId = owner;
    }

    void disqualify(String reason) {
        this.status = LeadStatus.DISQUALIFIED;
        this.disqualifyReason = reason;
    }

    /** Taken for conversion: no second conversion or change can start while it runs. */
    void claimForConversion() {
        this.status = LeadStatus.CONVERTED;
    }

    void converted(long customer, Long opportunity) {
        this.customerId = customer;
        this.opportunityId = opportunity;
    }

    /** A conversion that failed half-way gives the lead back. */
    void reopen() {
        this.status = LeadStatus.OPEN;
    }

    public Lead toLead() {
        return new Lead(id, name, company, title, email, phone, source, grade, score, notes, ownerId, status,
                disqualifyReason, customerId, opportunityId, createdAt, version);
    }
}
