package org.mosaiccrm.platform.jobs.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.mosaiccrm.platform.job.JobStatus;
import org.mosaiccrm.platform.job.Jobs;

/**
 * The job service's one-off work for other modules' service tests, on an executor the test chooses:
 * the calling thread (background work made deterministic) or a thread the test controls. The job
 * service itself is tested in JobServiceTest and in Karaf.
 */
public final class ExecutorJobs implements Jobs {

    private final Executor executor;

    private ExecutorJobs(Executor executor) {
        this.executor = executor;
    }

    /** Runs each piece of work at once, on the caller's thread; the future is complete when runOnce returns. */
    public static ExecutorJobs onCallingThread() {
        return new ExecutorJobs(Runnable::run);
    }

    public static ExecutorJobs on(Executor executor) {
        return new ExecutorJobs(executor);
    }

    @Override
    public CompletableFuture<Void> runOnce(String jobId, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public List<JobStatus> statuses() {
        return List.of();
    }

    @Override
    public boolean runNow(String jobId) {
        throw new IllegalArgumentException("No scheduled jobs in this test");
    }
}
