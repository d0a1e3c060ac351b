package org.mosaiccrm.platform.job;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/** The job service: one-off background work on the platform's workers, and what every job did last. */
@ProviderType
public interface Jobs {

    /**
     * Runs {@code work} once on a worker of this node, as soon as one is free. The future completes when
     * it has run, exceptionally if it failed (the failure is also logged and shown by {@code crm:jobs}).
     *
     * @param jobId names the work for operators ({@code "customer.merge-catch-up"}); runs of one id may overlap
     */
    CompletableFuture<Void> runOnce(String jobId, Runnable work);

    /** Every scheduled job and every one-off job run since the start, by id. */
    List<JobStatus> statuses();

    /**
     * Runs a scheduled job now, on this node, under its lease (refused while another run holds it).
     *
     * @return whether it ran
     * @throws IllegalArgumentException if no scheduled job has that id
     */
    boolean runNow(String jobId);
}
