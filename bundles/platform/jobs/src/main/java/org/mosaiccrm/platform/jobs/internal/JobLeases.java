package org.mosaiccrm.platform.jobs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.mosaiccrm.platform.job.JobStatus.Outcome;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;

/**
 * The lease rows of scheduled jobs ({@code PLT_JOB}). A node runs a firing only if one conditional
 * update claims it: no run of a later or the same firing has started, and no lease is held. Nodes
 * compute the same firing instants from the same cron expression, so a firing runs once however many
 * nodes share the database; a node that dies mid-run leaves a lease that expires.
 */
final class JobLeases {

    static final int ERROR_LENGTH = 1000;

    private final ModuleDatabase database;

    JobLeases(ModuleDatabase database) {
        this.database = database;
    }

    /** Makes sure the job has its row (two nodes may race here: the loser's insert fails and is ignored). */
    void register(String jobId, String schedule) {
        try {
            database.runInTransaction(em -> {
                JobRow row = em.find(JobRow.class, jobId);
                if (row == null) {
                    em.persist(new JobRow(jobId, schedule));
                } else {
                    row.schedule(schedule);
                }
            });
        } catch (RuntimeException raced) {
            if (database.read(em -> em.find(JobRow.class, jobId)) == null) {
                throw raced;
            }
        }
    }

    /**
     * Claims the run of the firing at {@code fire} for {@code node}; {@code false} if this or a later
     * firing already ran or another run holds the lease.
     */
    boolean claim(String jobId, Instant fire, String node, Instant now, Duration lease) {
        Instant at = StoredTime.of(now);
        return database.inTransaction(em -> em.createQuery("update JobRow j set j.lastFire = :fire, j.leaseOwner = :node,"
                + " j.leaseUntil = :until, j.lastStart = :now, j.lastEnd = null, j.lastOutcome = :running, j.lastError = null,"
                + " j.lastNode = :node, j.runs = j.runs + 1 where j.id = :id and (j.lastFire is null or j.lastFire < :fire)"
                + " and (j.leaseUntil is null or j.leaseUntil < :now)")
                .setParameter("fire", StoredTime.of(fire)).setParameter("node", node).setParameter("until", at.plus(lease))
                .setParameter("now", at).setParameter("running", Outcome.RUNNING.name()).setParameter("id", jobId)
                .executeUpdate() == 1);
    }

    /** Ends {@code node}'s run and frees the lease; {@code error} is {@code null} on success. */
    void finish(String jobId, String node, Instant end, String error) {
        String message = error == null ? null
                : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH - 1) + "…" : error;
        database.runInTransaction(em -> em.createQuery("update JobRow j set j.leaseOwner = null, j.leaseUntil = null,"
                + " j.lastEnd = :end, j.lastOutcome = :outcome, j.lastError = :error, j.failures = j.failures + :failed"
                + " where j.id = :id and j.leaseOwner = :node")
                .setParameter("end", StoredTime.of(end))
                .setParameter("outcome", (error == null ? Outcome.SUCCEEDED : Outcome.FAILED).name())
                .setParameter("error", message).setParameter("failed", error == null ? 0L : 1L)
                .setParameter("id", jobId).setParameter("node", node).executeUpdate());
    }

    List<JobRow> rows() {
        return database.read(em -> em.createQuery("select j from JobRow j order by j.id", JobRow.class).getResultList());
    }
}
