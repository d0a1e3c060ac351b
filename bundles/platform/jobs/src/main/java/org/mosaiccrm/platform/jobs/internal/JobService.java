package org.mosaiccrm.platform.jobs.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.mosaiccrm.platform.job.JobStatus;
import org.mosaiccrm.platform.job.JobStatus.Outcome;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's job service and the only owner of worker threads: scheduled jobs (a whiteboard of
 * {@link ScheduledJob}) fire on a timer and run under a lease row ({@link JobLeases}); one-off work runs
 * on a bounded pool. Both pools stop with the component, so an uninstalled module's work stops too.
 */
@Component(service = Jobs.class, configurationPid = "org.mosaiccrm.jobs")
@Designate(ocd = JobService.Config.class)
public class JobService implements Jobs {

    @ObjectClassDefinition(name = "Mosaic CRM jobs", description = "Workers for scheduled and background work")
    public @interface Config {
        @AttributeDefinition(name = "Background workers", description = "Threads for one-off work (imports, catch-ups)", min = "1")
        int backgroundWorkers() default 4;

        @AttributeDefinition(name = "Scheduled workers", description = "Threads that run scheduled jobs", min = "1")
        int scheduledWorkers() default 2;

        @AttributeDefinition(name = "Node name", description = "How this node names itself in job leases; empty: host name and process id")
        String node() default "";
    }

    static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    public static final String MODULE_ID = "jobs";
    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);

    private final ModuleDatabase database;
    private final JobLeases leases;
    private final String node;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ExecutorService background;
    private final Map<String, Registered> scheduled = new ConcurrentHashMap<>();
    private final Map<String, OneOff> oneOffs = new ConcurrentHashMap<>();

    /** A scheduled job and its next firing on this node (guarded by itself). */
    private static final class Registered {
        final ScheduledJob job;
        final CronSchedule schedule;
        final Duration lease;
        ScheduledFuture<?> next;
        volatile Instant nextRun;

        Registered(ScheduledJob job, CronSchedule schedule, Duration lease) {
            this.job = job;
            this.schedule = schedule;
            this.lease = lease;
        }
    }

    private record OneOff(Instant start, Instant end, Outcome outcome, String error, long runs, long failures) {
    }

    @Activate
    public JobService(@Reference ModuleDatabases databases, Config config) {
        this(databases.open(unit()), config.node().isBlank() ? defaultNode() : config.node().trim(), Clock.systemDefaultZone(),
                config.scheduledWorkers(), config.backgroundWorkers());
    }

    JobService(ModuleDatabase database, String node, Clock clock, int scheduledWorkers, int backgroundWorkers) {
        this.database = database;
        this.leases = new JobLeases(database);
        this.node = node;
        this.clock = clock;
        ScheduledThreadPoolExecutor timerPool = new ScheduledThreadPoolExecutor(Math.max(1, scheduledWorkers), threads("mosaic-job"));
        timerPool.setRemoveOnCancelPolicy(true);
        this.timer = timerPool;
        int workers = Math.max(1, backgroundWorkers);
        this.background = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads("mosaic-background"));
    }

    public static org.mosaiccrm.platform.persistence.PersistenceUnit unit() {
        return org.mosaiccrm.platform.persistence.PersistenceUnit.of(MODULE_ID, JobService.class, "db/jobs-changelog.xml",
                JobRow.class);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedJob")
    void addJob(ScheduledJob job, Map<String, Object> properties) {
        String id = String.valueOf(properties.get(ScheduledJob.ID));
        CronSchedule schedule;
        try {
            if (properties.get(ScheduledJob.ID) == null) {
                throw new IllegalArgumentException("no id (service property " + ScheduledJob.ID + ")");
            }
            schedule = CronSchedule.parse(String.valueOf(properties.getOrDefault(ScheduledJob.SCHEDULE, "")), clock.getZone());
        } catch (IllegalArgumentException e) {
            LOG.error("Job '{}' of {} is not scheduled: {}", id, job.getClass().getName(), e.getMessage());
            return;
        }
        Object leaseSeconds = properties.get(ScheduledJob.LEASE_SECONDS);
        Duration lease = leaseSeconds == null ? DEFAULT_LEASE : Duration.ofSeconds(Long.parseLong(String.valueOf(leaseSeconds)));
        leases.register(id, schedule.expression());
        Registered registered = new Registered(job, schedule, lease);
        Registered before = scheduled.put(id, registered);
        if (before != null) {
            LOG.warn("Job '{}' registered twice; the later one ({}) runs", id, job.getClass().getName());
            cancel(before);
        }
        scheduleNext(id, registered, clock.instant());
        LOG.debug("Job '{}' scheduled '{}', next at {}", id, schedule.expression(), registered.nextRun);
    }

    /** An operator changed the job's configuration (its schedule, say): it is scheduled anew. */
    void updatedJob(ScheduledJob job, Map<String, Object> properties) {
        scheduled.entrySet().removeIf(entry -> {
            boolean same = entry.getValue().job == job;
            if (same) {
                cancel(entry.getValue());
            }
            return same;
        });
        addJob(job, properties);
    }

    void removeJob(ScheduledJob job, Map<String, Object> properties) {
        String id = String.valueOf(properties.get(ScheduledJob.ID));
        Registered registered = scheduled.get(id);
        if (registered != null && registered.job == job && scheduled.remove(id, registered)) {
            cancel(registered);
        }
    }

    private void scheduleNext(String id, Registered registered, Instant after) {
        Instant next = registered.schedule.nextAfter(after);
        synchronized (registered) {
            registered.nextRun = next;
            if (next == null || scheduled.get(id) != registered || timer.isShutdown()) {
                return;
            }
            long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
            registered.next = timer.schedule(() -> {
                fire(id, registered, next);
                // the next firing after this one, or after now if this one ran late (missed firings are skipped)
                Instant now = clock.instant();
                scheduleNext(id, registered, now.isAfter(next) ? now : next);
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    private static void cancel(Registered registered) {
        synchronized (registered) {
            if (registered.next != null) {
                registered.next.cancel(false);
            }
            registered.nextRun = null;
        }
    }

    /** Runs the firing at {@code fire} of job {@code id} if this node claims it; returns whether it ran. */
    boolean fire(String id, Registered registered, Instant fire) {
        try {
            if (!leases.claim(id, fire, node, clock.instant(), registered.lease)) {
                LOG.debug("Job '{}' firing {} runs elsewhere or ran already", id, fire);
                return false;
            }
        } catch (RuntimeException e) {
            LOG.warn("Job '{}' not run at {}: its lease could not be taken ({})", id, fire, e.getMessage());
            return false;
        }
        String error = null;
        try {
            registered.job.run();
        } catch (Exception | LinkageError e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warn("Job '{}' failed", id, e);
        }
        try {
            leases.finish(id, node, clock.instant(), error);
        } catch (RuntimeException e) {
            LOG.warn("Job '{}' ran, but its outcome could not be recorded ({}); its lease expires by itself", id, e.getMessage());
        }
        return true;
    }

    /** Test seam: the firing at {@code fire} of a registered job, run on the caller's thread. */
    boolean fire(String id, Instant fire) {
        Registered registered = scheduled.get(id);
        if (registered == null) {
            throw new IllegalArgumentException("No scheduled job '" + id + "'");
        }
        return fire(id, registered, fire);
    }

    @Override
    public boolean runNow(String jobId) {
        Registered registered = scheduled.get(jobId);
        if (registered == null) {
            throw new IllegalArgumentException("No scheduled job '" + jobId + "'. Scheduled: " + String.join(", ", scheduled.keySet()));
        }
        return fire(jobId, registered, clock.instant());
    }

    @Override
    public CompletableFuture<Void> runOnce(String jobId, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        background.execute(() -> {
            Instant start = clock.instant();
            oneOffs.compute(jobId, (id, last) -> new OneOff(start, null, Outcome.RUNNING, null, runs(last) + 1, failures(last)));
            try {
                work.run();
                oneOffs.computeIfPresent(jobId, (id, last) -> new OneOff(last.start(), clock.instant(), Outcome.SUCCEEDED, null,
                        last.runs(), last.failures()));
                done.complete(null);
            } catch (RuntimeException | Error e) {
                LOG.warn("Background job '{}' failed", jobId, e);
                oneOffs.computeIfPresent(jobId, (id, last) -> new OneOff(last.start(), clock.instant(), Outcome.FAILED,
                        String.valueOf(e.getMessage()), last.runs(), last.failures() + 1));
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private static long runs(OneOff last) {
        return last == null ? 0 : last.runs();
    }

    private static long failures(OneOff last) {
        return last == null ? 0 : last.failures();
    }

    @Override
    public List<JobStatus> statuses() {
        List<JobStatus> result = new ArrayList<>();
        for (JobRow row : leases.rows()) {
            Registered registered = scheduled.get(row.id());
            if (registered == null) {
                continue; // its module is not installed here
            }
            Outcome outcome = row.lastOutcome() == null ? Outcome.NEVER_RAN : Outcome.valueOf(row.lastOutcome());
            result.add(new JobStatus(row.id(), row.schedule(), registered.nextRun, row.lastStart(), row.lastEnd(), outcome,
                    row.lastError(), row.lastNode(), row.runs(), row.failures()));
        }
        oneOffs.forEach((id, run) -> result.add(new JobStatus(id, null, null, run.start(), run.end(), run.outcome(), run.error(),
                node, run.runs(), run.failures())));
        result.sort(Comparator.comparing(JobStatus::id));
        return result;
    }

    String node() {
        return node;
    }

    @Deactivate
    public void stop() {
        scheduled.values().forEach(JobService::cancel);
        scheduled.clear();
        timer.shutdownNow();
        background.shutdownNow();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS) || !background.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Some jobs were still running when the job service stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
