package org.mosaiccrm.customer.service.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerSort;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.SavedFilter;

/** Table {@code CUS_SAVED_FILTER}: a user's named customer list filter. */
@Entity
@Table(name = "CUS_SAVED_FILTER")
public class SavedFilterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_filter_seq")
    @SequenceGenerator(name = "cus_filter_seq", sequenceName = "CUS_FILTER_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "USER_ID", nullable = false)
    private long userId;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "TEXT_PREFIX", length = 200)
    private String text;

    @Column(name = "TAG", length = 40)
    private String tag;

    @Column(name = "OWNER_ID")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", length = 10)
    private LifecycleStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", length = 1)
    private Grade grade;

    @Column(name = "REGION", length = 100)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "SORT", nullable = false, length = 10)
    private CustomerSort sort;

    protected SavedFilterEntity() {
    }

    SavedFilterEntity(long userId, String name) {
        this.userId = userId;
        this.name = name;
    }

    void apply(CustomerQuery query) {
        text = TextRules.line("text", query.text(), 200);
        tag = TextRules.tag(query.tag(), 40);
        ownerId = query.ownerId();
        stage = query.stage();
        grade = query.grade();
        region = TextRules.line("region", query.region(), 100);
        sort = query.sort();
    }

    long userId() {
        return userId;
    }

    SavedFilter toSavedFilter() {
        return new SavedFilter(id, name, new CustomerQuery(text, tag, ownerId, stage, grade, region, sort));
    }
}
