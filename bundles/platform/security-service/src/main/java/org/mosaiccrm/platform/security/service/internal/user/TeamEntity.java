package org.mosaiccrm.platform.security.service.internal.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.platform.security.Team;

/** Table {@code SEC_TEAM}. */
@Entity
@Table(name = "SEC_TEAM")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_id_seq")
    @SequenceGenerator(name = "sec_id_seq", sequenceName = "SEC_ID_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "LEAD_ID")
    private Long leadId;

    protected TeamEntity() {
    }

    public TeamEntity(String name, Long leadId) {
        update(name, leadId);
    }

    public void update(String name, Long leadId) {
        this.name = name;
        this.leadId = leadId;
    }

    public Team toTeam() {
        return new Team(id, name, leadId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getLeadId() {
        return leadId;
    }
}
