package org.mosaiccrm.assembly;

import static org.junit.Assert.assertEquals;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Load benchmark (issue 23), not part of the test command: 1, 10, 50 and 100 signed-in users, each
 * one tab speaking the UI's protocol ({@link UiProtocolClient}), doing a mix of home, customer
 * list (and its next page), search, customer page, logging an interaction and the pipeline board
 * with 1 to 3 s to think between actions. Prints p50/p95 per action, throughput, errors, heap in
 * use after GC and RSS per signed-in user. The clients run in the CRM's JVM (so the data can be
 * made through the services): their share of CPU and heap is in the figures.
 * Run: {@code ./mvnw -o -Pbench verify -pl karaf-assembly -Dit.test=UiLoadBenchIT -Dit.shared=none}
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UiLoadBenchIT extends MosaicKarafTestSupport {

    private static final int CUSTOMERS_PER_USER = 60;
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.seconds", 60));

    @Configuration
    public Option[] config() {
        return baseConfig(org.ops4j.pax.exam.CoreOptions.vmOptions("-Xmx2g"),
                org.ops4j.pax.exam.CoreOptions.systemProperty("bench.seconds").value(System.getProperty("bench.seconds", "60")),
                org.ops4j.pax.exam.CoreOptions.systemProperty("bench.users").value(System.getProperty("bench.users", "1,10,50,100")));
    }

    private record User(String name, List<Long> customers) {
    }

    @Test
    public void signedInUsersAtProtocolLevel() throws Exception {
        featuresService.installFeature("mosaic-sales");
        await("sales active", 120, () -> hasRoute("sales/opportunities"));
        TestUsers users = new TestUsers(bundleContext);
        CustomerService customers = service(CustomerService.class, 60);
        List<User> all = new ArrayList<>();
        for (int u = 1; u <= 100; u++) {
            Subject rep = users.user("bench" + u, null, "sales-rep");
            List<Long> ids = new ArrayList<>();
            for (int c = 0; c < CUSTOMERS_PER_USER; c++) {
                int n = c;
                Customer made = CurrentSubject.callAs(rep, () -> customers.create(new NewCustomer(
                        (n % 2 == 0 ? "上海测试贸易有限公司 " : "Bench Trading Ltd ") + rep.username() + "-" + n,
                        CustomerType.COMPANY, "", "", n % 2 == 0 ? "上海" : "Berlin")));
                ids.add(made.id());
            }
            all.add(new User("bench" + u, ids));
        }
        System.out.printf("%nUI load benchmark (%d cores, %s, heap max %d MB), %d s per phase, think time 1-3 s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, PHASE.toSeconds());
        long idleHeap = heapAfterGc();
        long idleRss = rssMb();
        System.out.printf("idle: heap in use after GC %d MB, RSS %d MB%n", idleHeap >> 20, idleRss);
        for (int count : java.util.Arrays.stream(System.getProperty("bench.users", "1,10,50,100").split(","))
                .mapToInt(Integer::parseInt).toArray()) {
            phase(all.subList(0, count), idleHeap, idleRss);
        }
    }

    private void phase(List<User> users, long idleHeap, long idleRss) throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(16);
        HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        List<UiProtocolClient> tabs = new ArrayList<>();
        for (User user : users) {
            UiProtocolClient tab = new UiProtocolClient(http, "http://localhost:" + Integer.getInteger("mosaic.it.httpPort", HTTP_PORT));
            timed(times, "sign in", () -> tab.signIn(user.name(), user.name() + " passphrase"));
            timed(times, "open (page + UI start)", () -> tab.open(""));
            tabs.add(tab);
        }
        long deadline = System.nanoTime() + PHASE.toNanos();
        CountDownLatch done = new CountDownLatch(users.size());
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            UiProtocolClient tab = tabs.get(i);
            Random random = new Random(i);
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        Thread.sleep(1000 + random.nextInt(2000));
                        try {
                            act(tab, user, random, times);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(e.toString());
                            }
                            tab.open(""); // a person would reload the page
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstErrors.add("tab lost: " + e);
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9 / seconds / Runtime.getRuntime().availableProcessors();
        long heap = heapAfterGc();
        long rss = rssMb();
        for (UiProtocolClient tab : tabs) {
            tab.signOut();
        }
        io.shutdown();
        int actions = times.entrySet().stream().filter(e -> !e.getKey().startsWith("sign in") && !e.getKey().startsWith("open"))
                .mapToInt(e -> e.getValue().size()).sum();
        System.out.printf("%n%d users: %d actions in %.0f s = %.1f actions/s, CPU %.0f %% of the machine, %d errors%s%n",
                users.size(), actions, seconds, actions / seconds, cpu * 100, errors.get(),
                firstErrors.isEmpty() ? "" : " " + firstErrors);
        System.out.printf("  heap in use after GC %d MB (%+.2f MB per user), RSS %d MB (%+.1f MB per user)%n", heap >> 20,
                ((heap - idleHeap) >> 10) / 1024.0 / users.size(), rss, (rss - idleRss) / (double) users.size());
        System.out.printf("  %-26s %6s %8s %8s %8s%n", "action", "count", "p50 ms", "p95 ms", "max ms");
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> entry : new TreeMap<>(times).entrySet()) {
            List<Long> sorted = entry.getValue().stream().sorted().toList();
            System.out.printf("  %-26s %6d %8d %8d %8d%n", entry.getKey(), sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), sorted.get(sorted.size() - 1));
        }
        assertEquals("errors with " + users.size() + " users: " + firstErrors, 0, errors.get());
    }

    /** One step of a sales rep's day; the mix weighs lists and pages most, as people use a CRM. */
    private static void act(UiProtocolClient tab, User user, Random random,
            Map<String, ConcurrentLinkedQueue<Long>> times) throws Exception {
        int pick = random.nextInt(100);
        if (pick < 10) {
            timed(times, "home", () -> tab.navigate(""));
        } else if (pick < 35) {
            leave(tab, "customers");
            timed(times, "customer list", () -> {
                tab.navigate("customers");
                // the first rows come with the page; the grid then asks for its viewport as a browser's does
                shows(tab, user.name() + "-");
                tab.scrollGrid(need(tab, "customers-grid"), 0, 50);
            });
            if (random.nextBoolean()) {
                int grid = need(tab, "customers-grid");
                timed(times, "customer list next page", () -> {
                    tab.scrollGrid(grid, 50, 50);
                    shows(tab, user.name() + "-");
                });
            }
        } else if (pick < 50) {
            leave(tab, "customers");
            tab.navigate("customers"); // a fresh list, its filter empty
            int filter = need(tab, "customers-filter-text");
            boolean chinese = random.nextBoolean();
            timed(times, "search", () -> {
                tab.type(filter, chinese ? "上海" : "Bench");
                shows(tab, chinese ? "上海测试贸易有限公司 " + user.name() : "Bench Trading Ltd " + user.name());
            });
        } else if (pick < 75) {
            long id = user.customers().get(random.nextInt(user.customers().size()));
            timed(times, "customer page", () -> tab.navigate("customers/" + id));
        } else if (pick < 88) {
            long id = user.customers().get(random.nextInt(user.customers().size()));
            tab.navigate("customers/" + id);
            int summary = need(tab, "interaction-summary");
            int save = need(tab, "interaction-save");
            timed(times, "log an interaction", () -> {
                tab.type(summary, "电话沟通 call " + random.nextInt(1000));
                tab.click(save);
                if (!tab.lastResponse().contains("Interaction recorded.")) {
                    throw new IllegalStateException("not recorded: " + tab.lastResponse());
                }
            });
        } else {
            timed(times, "pipeline board", () -> tab.navigate("sales/opportunities"));
        }
    }

    /** A person on {@code route} who opens it from the menu again sees it as it was: come from elsewhere. */
    private static void leave(UiProtocolClient tab, String route) throws Exception {
        if (tab.route().equals(route)) {
            tab.navigate("");
        }
    }

    /** The answer carries {@code text} (rows of the user's own customers): a fast empty answer proves nothing. */
    private static void shows(UiProtocolClient tab, String text) {
        if (!tab.lastResponse().contains(text)) {
            throw new IllegalStateException("'" + text + "' not in the answer: "
                    + tab.lastResponse().substring(0, Math.min(400, tab.lastResponse().length())));
        }
    }

    private static int need(UiProtocolClient tab, String id) {
        int node = tab.node(id);
        if (node < 0) {
            throw new IllegalStateException("no #" + id + " on the page");
        }
        return node;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void timed(Map<String, ConcurrentLinkedQueue<Long>> times, String action, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        times.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1_000_000);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private boolean hasRoute(String route) {
        try {
            return service(org.mosaiccrm.platform.ui.Navigation.class, 1).hasRoute(route);
        } catch (Exception e) {
            return false;
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of the whole JVM: the CRM and the simulated users together. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long rssMb() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
