package org.mosaiccrm.platform.jobs.internal;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheduled job's row in {@code PLT_JOB}; never cached, as other nodes write it too. */
@Entity
@Table(name = "PLT_JOB")
@Cacheable(false)
public class JobRow {

    @Id
    @Column(name = "JOB_ID")
    private String id;
    @Column(name = "SCHEDULE")
    private String schedule;
    @Column(name = "LAST_FIRE")
    private Instant lastFire;
    @Column(name = "LEASE_OWNER")
    private String leaseOwner;
    @Column(name = "LEASE_UNTIL")
    private Instant leaseUntil;
    @Column(name = "LAST_START")
    private Instant lastStart;
    @Column(name = "LAST_END")
    private Instant lastEnd;
    @Column(name = "LAST_OUTCOME")
    private String lastOutcome;
    @Column(name = "LAST_ERROR")
    private String lastError;
    @Column(name = "LAST_NODE")
    private String lastNode;
    @Column(name = "RUNS")
    private long runs;
    @Column(name = "FAILURES")
    private long failures;

    protected JobRow() {
    }

    JobRow(String id, String schedule) {
        this.id = id;
        this.schedule = schedule;
    }

    void schedule(String schedule) {
        this.schedule = schedule;
    }

    String id() {
        return id;
    }

    String schedule() {
        return schedule;
    }

    Instant lastStart() {
        return lastStart;
    }

    Instant lastEnd() {
        return lastEnd;
    }

    String lastOutcome() {
        return lastOutcome;
    }

    String lastError() {
        return lastError;
    }

    String lastNode() {
        return lastNode;
    }

    String leaseOwner() {
        return leaseOwner;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }

    long runs() {
        return runs;
    }

    long failures() {
        return failures;
    }
}
