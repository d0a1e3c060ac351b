package org.mosaiccrm.sales.service.internal.opportunity;

import org.mosaiccrm.sales.Stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stage of the sales process (SAL_STAGE). */
@Entity
@Table(name = "SAL_STAGE")
public class StageEntity {

    @Id
    @Column(name = "CODE", length = 40)
    private String code;

    @Column(name = "NAME", nullable = false, length = 60)
    private String name;

    @Column(name = "PROBABILITY", nullable = false)
    private int probability;

    @Column(name = "POSITION", nullable = false)
    private int position;

    protected StageEntity() {
    }

    StageEntity(String code, String name, int probability, int position) {
        this.code = code;
        this.name = name;
        this.probability = probability;
        this.position = position;
    }

    String code() {
        return code;
    }

    void set(String name, int probability, int position) {
        this.name = name;
        this.probability = probability;
        this.position = position;
    }

    public Stage toStage() {
        return new Stage(code, name, probability, position);
    }
}
