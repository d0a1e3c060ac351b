package org.mosaiccrm.platform.job;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work a module does on a schedule, registered as an OSGi service with the properties {@link #ID} and
 * {@link #SCHEDULE}. The job service runs each firing on one node only (a lease row in the database),
 * records its outcome for operators ({@code crm:jobs}) and stops scheduling it when the service goes.
 * A job should be idempotent: a node that dies while running lets another run it again once the lease
 * has expired.
 */
@ConsumerType
public interface ScheduledJob {

    /** Service property: the job's id, unique in the system, prefixed with its module's id ({@code "<module>.<what it does>"}). */
    String ID = "mosaic.job.id";

    /**
     * Service property: when it runs, as a Quartz cron expression with seconds ({@code "0 15 3 * * ?"}: daily at
     * 03:15; {@code "0/15 * * * * ?"}: every 15 seconds), in the server's time zone. An operator may change it
     * through the component's configuration.
     */
    String SCHEDULE = "mosaic.job.schedule";

    /** Service property (optional, seconds): how long a run may hold its lease before another node may take over; default 600. */
    String LEASE_SECONDS = "mosaic.job.leaseSeconds";

    /** Does one run; an exception marks the run failed (the next firing runs as usual). */
    void run() throws Exception;
}
