package org.mosaiccrm.contract.service.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mosaiccrm.contract.ContractType;

/** A contract type: its row in {@code CON_CONTRACT_TYPE}. */
@Entity
@Table(name = "CON_CONTRACT_TYPE")
public class ContractTypeEntity {

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "LABEL_KEY")
    private String labelKey;
    @Column(name = "NAME")
    private String name;
    @Column(name = "ACTIVE")
    private boolean active;
    @Column(name = "POSITION")
    private int position;

    protected ContractTypeEntity() {
        // for JPA
    }

    /** One an administrator adds: named as typed, in every language. */
    ContractTypeEntity(String code, String name, int position) {
        this.code = code;
        this.labelKey = "";
        this.name = name;
        this.active = true;
        this.position = position;
    }

    /** Named as typed from now on, a shipped type too (its text key no longer applies). */
    void rename(String name) {
        this.name = name;
        this.labelKey = "";
    }

    void activate(boolean active) {
        this.active = active;
    }

    int position() {
        return position;
    }

    boolean active() {
        return active;
    }

    ContractType toType() {
        return new ContractType(code, labelKey, name, active);
    }
}
