package org.mosaiccrm.assembly;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Integration API benchmark (issue 19), not part of the test command: 32 clients at once, each asking
 * as fast as answers come, for a page of 50 customers through {@code GET /api/v1/customer/customers} with an
 * API token — beside the same page through {@code CustomerService.list} in the CRM's JVM (what the
 * API adds to the service) and beside {@code GET /health} (the HTTP floor: Jetty, no token, no data).
 * The HTTP clients are {@code wrk} (Debian package {@code wrk}) on 127.0.0.1 when it is installed, a
 * light load generator in C with one keep-alive connection per client; else Java's HttpClient in the
 * CRM's JVM, a heavy one. Either shares the machine's cores with the CRM: its CPU is in the figures.
 * The per-token rate limit is lifted for the run; {@code -Dbench.apiSlots=1000} lifts the bound on
 * calls worked on at once, for the figures without it.
 * Run: {@code ./mvnw -o -Pbench verify -pl karaf-assembly -Dit.test=ApiLoadBenchIT -Dit.shared=none}
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiLoadBenchIT extends MosaicKarafTestSupport {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int CUSTOMERS = 5_000;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.seconds", 30));

    @Configuration
    public Option[] config() {
        return baseConfig(org.ops4j.pax.exam.CoreOptions.vmOptions("-Xmx1g", System.getProperty("bench.jvm", "-Dbench.jvm=none")),
                editConfigurationFilePut("etc/org.mosaiccrm.api.cfg", "requestsPerMinute", "100000000"),
                // 0: the product's bound on calls at once (4 per core); -Dbench.apiSlots=1000 for none
                editConfigurationFilePut("etc/org.mosaiccrm.api.cfg", "concurrentCalls", System.getProperty("bench.apiSlots", "0")),
                editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.apache.felix.http.jetty.threadpool.max",
                        System.getProperty("bench.jettyThreads", "-1")),
                org.ops4j.pax.exam.CoreOptions.systemProperty("bench.seconds").value(String.valueOf(PHASE.toSeconds())),
                org.ops4j.pax.exam.CoreOptions.systemProperty("bench.clients").value(String.valueOf(CLIENTS)));
    }

    /** What a phase measured: requests answered, per second, and latencies in microseconds. */
    record Figures(String what, long requests, double perSecond, long p50, long p95, long p99, long errors) {
    }

    @Test
    public void customerPagesOverTheApiBesideTheServiceAndTheHttpFloor() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        Subject rep = users.user("benchapi", null, "sales-rep");
        CustomerService customers = service(CustomerService.class, 120);
        ApiTokens tokens = service(ApiTokens.class, 60);
        CurrentSubject.runAs(rep, () -> {
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.create(new NewCustomer(String.format("基准客户 %05d 有限公司", i), CustomerType.COMPANY, null, null,
                        i % 2 == 0 ? "上海" : "深圳"));
            }
        });
        String token = CurrentSubject.callAs(rep, () -> tokens.create("bench", LocalDate.now().plusDays(1),
                Set.of(CustomerService.PERMISSION_READ))).secret();
        String base = "http://127.0.0.1:" + HTTP_PORT;
        await("the API answers", 60, () -> status(base + "/api/v1/customer/customers?limit=50", token) == 200);
        assertEquals(50, CurrentSubject.callAs(rep, () -> customers.list(CustomerQuery.ALL, null, 50)).items().size());

        boolean wrk = Wrk.available();
        List<Figures> figures = new ArrayList<>();
        figures.add(wrk ? Wrk.run("GET /health (HTTP floor), wrk", base + "/health", null, CLIENTS, WARM_UP, PHASE)
                : run("GET /health (HTTP floor)", http -> get(http, base + "/health", null)));
        figures.add(run("CustomerService.list, in-process", http -> CurrentSubject.callAs(rep,
                () -> customers.list(CustomerQuery.ALL, null, 50).items().size() == 50)));
        figures.add(wrk ? Wrk.run("GET /api/v1/customer/customers?limit=50, wrk", base + "/api/v1/customer/customers?limit=50", token, CLIENTS,
                WARM_UP, PHASE) : run("GET /api/v1/customer/customers?limit=50", http -> get(http, base + "/api/v1/customer/customers?limit=50", token)));

        System.out.printf("%nIntegration API benchmark: %d cores, %d clients (%s), %d s per phase after %d s warm-up, %d customers of the caller%n",
                Runtime.getRuntime().availableProcessors(), CLIENTS, wrk ? "wrk, 2 threads" : "Java HttpClient in the CRM's JVM",
                PHASE.toSeconds(), WARM_UP.toSeconds(), CUSTOMERS);
        System.out.printf("  %-36s %9s %9s %8s %8s %8s %7s%n", "what", "requests", "per s", "p50 ms", "p95 ms", "p99 ms", "errors");
        for (Figures f : figures) {
            System.out.printf("  %-36s %9d %9.0f %8.2f %8.2f %8.2f %7d%n", f.what(), f.requests(), f.perSecond(), f.p50() / 1000.0,
                    f.p95() / 1000.0, f.p99() / 1000.0, f.errors());
        }
        figures.forEach(f -> assertEquals(f.what() + ": every request answered", 0, f.errors()));
        assertTrue(figures.stream().allMatch(f -> f.requests() > 0));
    }

    /** One request of a client; false or an exception counts as an error. */
    @FunctionalInterface
    private interface Request {
        boolean send(HttpClient http) throws Exception;
    }

    private Figures run(String what, Request request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        long endAt = warmUntil + PHASE.toNanos();
        List<Callable<Void>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                List<Long> mine = new ArrayList<>();
                long now;
                while ((now = System.nanoTime()) < endAt) {
                    boolean ok;
                    try {
                        ok = request.send(http);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (now >= warmUntil) {
                        if (ok) {
                            mine.add((done - now) / 1000);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
                latencies.addAll(mine);
                return null;
            });
        }
        for (Future<Void> finished : clients.invokeAll(work)) {
            finished.get();
        }
        clients.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Figures(what, sorted.size(), sorted.size() / (double) PHASE.toSeconds(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), errors.get());
    }

    private static boolean get(HttpClient http, String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 0;
    }

    private static int status(String url, String token) {
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception notYet) {
            return 0;
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
