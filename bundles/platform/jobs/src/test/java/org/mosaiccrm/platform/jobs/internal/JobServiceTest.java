package org.mosaiccrm.platform.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.job.JobStatus;
import org.mosaiccrm.platform.job.JobStatus.Outcome;
import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestClock;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;

/** The job service on a real database (Derby or PostgreSQL), two nodes sharing it as two services. */
class JobServiceTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private TestDatabase testDatabase;
    private JobService nodeA;
    private JobService nodeB;
    private final TestClock clockB = new TestClock(NINE);

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.open("jobs");
        nodeA = node("node-a", Clock.fixed(NINE, ZoneId.of("Asia/Shanghai")));
        nodeB = node("node-b", clockB);
    }

    private JobService node(String name, Clock clock) {
        DataSourceModuleDatabases databases = new DataSourceModuleDatabases(testDatabase.dataSource(), new MigrationsMustSucceed());
        return new JobService(databases.open(JobService.unit()), name, clock, 1, 2);
    }

    @AfterEach
    void close() {
        nodeA.stop();
        nodeB.stop();
        testDatabase.close();
    }

    private static Map<String, Object> job(String id, String schedule) {
        return Map.of(ScheduledJob.ID, id, ScheduledJob.SCHEDULE, schedule);
    }

    @Test
    void eachFiringRunsOnceWhenTwoNodesShareTheDatabase() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob count = runs::incrementAndGet;
        nodeA.addJob(count, job("test.nightly", "0 15 3 * * ?"));
        nodeB.addJob(count, job("test.nightly", "0 15 3 * * ?"));
        Instant firing = Instant.parse("2026-12-07T19:15:00Z");

        assertTrue(nodeA.fire("test.nightly", firing), "the first node claims the firing");
        assertFalse(nodeB.fire("test.nightly", firing), "the second node finds it ran");
        assertFalse(nodeA.fire("test.nightly", firing.minusSeconds(86_400)), "an earlier firing does not run after a later one");
        assertEquals(1, runs.get());

        assertTrue(nodeB.fire("test.nightly", firing.plusSeconds(86_400)), "the next firing runs on whichever node comes first");
        assertEquals(2, runs.get());
        JobStatus status = only(nodeA.statuses());
        assertEquals("node-b", status.lastNode());
        assertEquals(2, status.runs());
        assertEquals(Outcome.SUCCEEDED, status.lastOutcome());
        assertEquals("0 15 3 * * ?", status.schedule());
    }

    @Test
    void aRunningJobHoldsItsLeaseAndALeaseLeftByADeadNodeExpires() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob slow = () -> {
            runs.incrementAndGet();
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
        };
        Map<String, Object> properties = Map.of(ScheduledJob.ID, "test.slow", ScheduledJob.SCHEDULE, "0 * * * * ?",
                ScheduledJob.LEASE_SECONDS, "60");
        nodeA.addJob(slow, properties);
        nodeB.addJob(slow, properties);
        CompletableFuture<Boolean> onA = CompletableFuture.supplyAsync(() -> nodeA.fire("test.slow", NINE));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        assertFalse(nodeB.fire("test.slow", NINE.plusSeconds(60)), "the next firing waits while the lease is held");
        assertEquals(Outcome.RUNNING, only(nodeB.statuses()).lastOutcome());
        release.countDown();
        assertTrue(onA.get(10, TimeUnit.SECONDS));
        assertTrue(nodeB.fire("test.slow", NINE.plusSeconds(120)));

        // node A claims a firing and dies before finishing: its lease blocks until it expires
        JobLeases leases = new JobLeases(new DataSourceModuleDatabases(testDatabase.dataSource(), new MigrationsMustSucceed())
                .open(JobService.unit()));
        assertTrue(leases.claim("test.slow", NINE.plusSeconds(180), "node-a", NINE, Duration.ofSeconds(60)));
        assertFalse(nodeB.fire("test.slow", NINE.plusSeconds(240)));
        clockB.set(NINE.plusSeconds(61));
        assertTrue(nodeB.fire("test.slow", NINE.plusSeconds(240)), "after the lease expired another node runs the job");
        assertEquals(3, runs.get());
    }

    @Test
    void aFailureIsRecordedWithItsMessageAndTheNextRunGoesAhead() {
        AtomicInteger calls = new AtomicInteger();
        nodeA.addJob(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("mail server unreachable");
            }
        }, job("test.flaky", "0 0 * * * ?"));

        assertTrue(nodeA.fire("test.flaky", NINE));
        JobStatus failed = only(nodeA.statuses());
        assertEquals(Outcome.FAILED, failed.lastOutcome());
        assertEquals("IllegalStateException: mail server unreachable", failed.lastError());
        assertEquals(1, failed.failures());

        assertTrue(nodeA.fire("test.flaky", NINE.plusSeconds(3600)));
        JobStatus recovered = only(nodeA.statuses());
        assertEquals(Outcome.SUCCEEDED, recovered.lastOutcome());
        assertNull(recovered.lastError());
        assertEquals(2, recovered.runs());
        assertEquals(1, recovered.failures());
    }

    @Test
    void firesOnItsCronScheduleShowsTheNextRunAndStopsWhenTheJobGoes() throws Exception {
        JobService live = node("node-live", Clock.systemDefaultZone());
        try {
            AtomicInteger runs = new AtomicInteger();
            ScheduledJob everySecond = runs::incrementAndGet;
            live.addJob(everySecond, job("test.every-second", "* * * * * ?"));
            JobStatus scheduled = only(live.statuses());
            assertTrue(scheduled.nextRun().isAfter(Instant.now().minusSeconds(1)), "next run: " + scheduled.nextRun());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (runs.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(runs.get() >= 2, "ran on its schedule: " + runs.get());

            live.removeJob(everySecond, job("test.every-second", "* * * * * ?"));
            Thread.sleep(200); // a firing already started may end
            int after = runs.get();
            Thread.sleep(1500);
            assertEquals(after, runs.get(), "no firing after the job's service went");
            assertEquals(List.of(), live.statuses(), "a job whose module is gone is not listed");
        } finally {
            live.stop();
        }
    }

    @Test
    void aJobWithoutAValidScheduleIsRefusedAndNotListed() {
        nodeA.addJob(() -> { }, job("test.bad", "every day at noon"));
        nodeA.addJob(() -> { }, Map.of(ScheduledJob.SCHEDULE, "0 0 * * * ?"));

        assertEquals(List.of(), nodeA.statuses());
        assertThrows(IllegalArgumentException.class, () -> nodeA.runNow("test.bad"));
    }

    @Test
    void runNowRunsAScheduledJobUnderItsLease() {
        AtomicInteger runs = new AtomicInteger();
        nodeA.addJob(runs::incrementAndGet, job("test.manual", "0 0 3 * * ?"));

        assertTrue(nodeA.runNow("test.manual"));
        assertEquals(1, runs.get());
        assertEquals(Outcome.SUCCEEDED, only(nodeA.statuses()).lastOutcome());
    }

    @Test
    void oneOffWorkRunsInTheBackgroundAndReportsItsOutcome() throws Exception {
        CompletableFuture<Void> ok = nodeA.runOnce("test.catch-up", () -> { });
        ok.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> failing = nodeA.runOnce("test.import", () -> {
            throw new IllegalArgumentException("file unreadable");
        });

        ExecutionException failure = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertEquals("file unreadable", failure.getCause().getMessage());
        List<JobStatus> statuses = nodeA.statuses();
        assertEquals(List.of("test.catch-up", "test.import"), statuses.stream().map(JobStatus::id).toList());
        assertEquals(Outcome.SUCCEEDED, statuses.get(0).lastOutcome());
        assertEquals(Outcome.FAILED, statuses.get(1).lastOutcome());
        assertEquals("file unreadable", statuses.get(1).lastError());
        assertNull(statuses.get(1).schedule());
    }

    private static JobStatus only(List<JobStatus> statuses) {
        assertEquals(1, statuses.size(), statuses.toString());
        return statuses.get(0);
    }
}
