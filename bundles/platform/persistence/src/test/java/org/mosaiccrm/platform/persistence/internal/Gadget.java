package org.mosaiccrm.platform.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entity of a test module. */
@Entity
@Table(name = "TST_GADGET")
public class Gadget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tst_gadget_seq")
    @SequenceGenerator(name = "tst_gadget_seq", sequenceName = "TST_GADGET_SEQ", allocationSize = 50)
    Long id;

    @Column(name = "NAME", nullable = false)
    String name;

    @Column(name = "MADE_AT", nullable = false)
    Instant madeAt;

    @Version
    @Column(name = "VERSION")
    long version;

    protected Gadget() {
    }

    Gadget(String name, Instant madeAt) {
        this.name = name;
        this.madeAt = madeAt;
    }
}
