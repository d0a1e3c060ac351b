package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.UiProtocolClient;
import org.mosaiccrm.platform.job.JobStatus;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.osgi.framework.Bundle;

/** The assembly as an operator starts it: the UI answers, /health reports the modules. */
public class PlatformIT extends SharedKarafTestSupport {


    @Test
    public void everyProductBundleIsActive() throws Exception {
        service(ModuleRegistry.class, 60);
        // the registry comes up while the boot features still start the rest: give the boot its time
        await("every product bundle active", 60, () -> java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.mosaiccrm")).allMatch(b -> b.getState() == Bundle.ACTIVE));
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.mosaiccrm")) {
                assertEquals(bundle.getSymbolicName() + " active", Bundle.ACTIVE, bundle.getState());
            }
        }
    }

    /**
     * Issue 17: the platform's one job service runs the platform's and the modules' scheduled jobs
     * (the customer module's background work too) and the shell shows operators what each did last.
     * LeadsIT sees the sales module's reminders run on it.
     */
    @Test
    public void theJobServiceRunsEveryModulesJobsAndTheShellShowsThem() throws Exception {
        Jobs jobs = service(Jobs.class, 60);
        await("the modules' jobs registered (so far: " + jobIds(jobs) + ")", 60, () -> jobIds(jobs).containsAll(java.util.List.of("security.audit-anchor",
                "security.audit-retention", "customer.sort-keys")));
        assertTrue(jobs.runNow("security.audit-anchor"));
        JobStatus anchor = job(jobs, "security.audit-anchor");
        assertEquals(JobStatus.Outcome.SUCCEEDED, anchor.lastOutcome());
        assertTrue("next run ahead: " + anchor.nextRun(), anchor.nextRun().isAfter(java.time.Instant.now()));
        assertEquals(JobStatus.Outcome.SUCCEEDED, job(jobs, "customer.sort-keys").lastOutcome());

        String listed = shell("crm:jobs");
        assertTrue(listed, listed.contains("security.audit-anchor") && listed.contains("0 0/15 * * * ?")
                && listed.contains("SUCCEEDED") && listed.contains("customer.sort-keys") && listed.contains("once"));
        String ran = shell("crm:job-run security.audit-retention");
        assertTrue(ran, ran.contains("Job security.audit-retention ran"));
        String unknown = shell("crm:job-run no.such-job");
        assertTrue(unknown, unknown.contains("No scheduled job 'no.such-job'"));
    }

    private static java.util.List<String> jobIds(Jobs jobs) {
        return jobs.statuses().stream().map(JobStatus::id).toList();
    }

    private static JobStatus job(Jobs jobs, String id) {
        return jobs.statuses().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no job " + id));
    }

    @Test
    public void aSignedOutVisitorGetsTheSignInPageAndNoSession() throws Exception {
        await("UI on /", 60, () -> status("/") == 303);
        HttpResponse<String> root = get("/customers/12?tab=notes");
        assertEquals(303, root.statusCode());
        assertEquals("/login?next=%2Fcustomers%2F12%3Ftab%3Dnotes", root.headers().firstValue("location").orElse(""));
        HttpResponse<String> login = get("/login");
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(login.body(), login.body().contains("id=\"login-username\"") && login.body().contains("id=\"login-submit\""));
        assertFalse("no session for a visitor: " + login.headers().allValues("set-cookie"),
                login.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
        HttpResponse<String> script = get("/VAADIN/static/push/vaadinPush-min.js");
        assertEquals("push client served from the host's embedded jars", 200, script.statusCode());
    }

    /**
     * Issue 23: 20,000 anonymous requests from 50 clients (the sign-in page, and pages that send
     * there) leave no session behind and no heap in use after GC beyond a fixed margin, and a user
     * signs in while they run. Before the sign-in page ran without a session, each request kept a
     * UI session of its own for 30 minutes and such a flood filled the heap.
     */
    @Test
    public void anAnonymousFloodCostsNoLastingMemoryAndSomeoneSignsInMeanwhile() throws Exception {
        await("UI on /", 60, () -> status("/") == 303 && status("/login") == 200);
        new TestUsers(bundleContext).user("floodrep", null, "sales-rep");
        long idle = heapInUseAfterGc();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(50);
        java.util.concurrent.atomic.AtomicInteger sessions = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .executor(clients).connectTimeout(java.time.Duration.ofSeconds(10)).build();
        String[] paths = { "/login", "/login", "/login", "/", "/customers", "/login?lang=zh-CN" };
        java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
        long floodStart = System.nanoTime();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(50);
        for (int i = 0; i < 20_000; i++) {
            String path = paths[i % paths.length];
            work.add(senders.submit(() -> {
                try {
                    HttpResponse<Void> response = client.send(java.net.http.HttpRequest.newBuilder(uri(path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                        sessions.incrementAndGet();
                    }
                    if (response.statusCode() != 200 && response.statusCode() != 303) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        // a person signs in while the flood runs
        Thread.sleep(2000);
        long start = System.nanoTime();
        HttpResponse<String> home = signIn(client, "floodrep", "floodrep passphrase");
        long signInMillis = (System.nanoTime() - start) / 1_000_000;
        long signedInAt = System.nanoTime();
        for (java.util.concurrent.Future<?> each : work) {
            each.get(5, java.util.concurrent.TimeUnit.MINUTES);
        }
        long floodMillis = (System.nanoTime() - floodStart) / 1_000_000;
        boolean beforeTheFloodEnded = signedInAt - floodStart < (floodMillis - 500) * 1_000_000;
        senders.shutdown();
        clients.shutdown();
        long after = heapInUseAfterGc();
        System.out.printf("anonymous flood: heap in use after GC %d MB idle, %d MB after 20,000 requests in %d ms; sign-in took %d ms%n",
                idle >> 20, after >> 20, floodMillis, signInMillis);
        assertEquals("a signed-in page during the flood", 200, home.statusCode());
        assertTrue("the UI's page", home.body().contains("VAADIN/build/indexhtml"));
        assertEquals("a signed-in page is kept by no cache", "no-store", home.headers().firstValue("cache-control").orElse(""));
        // not queued behind the flood: signed in while it still ran, or within a few seconds (how fast is the benchmark's to say)
        assertTrue("signed in during the flood, not after it: " + signInMillis + " ms of a " + floodMillis + " ms flood",
                beforeTheFloodEnded || signInMillis < 5_000);
        assertEquals("no session for anyone who did not sign in", 0, sessions.get());
        assertEquals("every anonymous request answered", 0, failures.get());
        assertTrue("heap in use after GC grew by " + ((after - idle) >> 20) + " MB", after - idle < 64L << 20);
    }

    /**
     * Issue 24.4: behind a configured proxy the audit records the client's address and cookies are
     * Secure when the proxy says HTTPS; from anyone else the headers count for nothing; /health
     * tells a stranger only its status.
     */
    @Test
    public void behindATrustedProxyTheClientsAddressIsRecordedAndHealthShowsStrangersOnlyItsStatus() throws Exception {
        await("UI on /", 60, () -> status("/") == 303 && status("/login") == 200);
        TestUsers users = new TestUsers(bundleContext);
        users.user("proxyrep", null, "sales-rep");
        org.mosaiccrm.platform.security.Subject auditor = users.user("proxyauditor", null, "auditor");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        signIn(client, "proxyrep", "proxyrep passphrase", "X-Forwarded-For", "203.0.113.50");
        assertEquals("a header from a client that is no proxy counts for nothing", "127.0.0.1", lastSignInAddress(auditor, "proxyrep"));

        org.osgi.service.cm.Configuration web = service(org.osgi.service.cm.ConfigurationAdmin.class, 30)
                .getConfiguration("org.mosaiccrm.web", null);
        java.util.Hashtable<String, Object> settings = new java.util.Hashtable<>();
        settings.put("trustedProxies", new String[] { "127.0.0.1" });
        settings.put("health.token", "it-monitor-token");
        web.update(settings);
        try {
            await("only the status for a client behind the proxy", 30, () -> {
                try {
                    return client.send(java.net.http.HttpRequest.newBuilder(uri("/health")).header("X-Forwarded-For", "203.0.113.9")
                            .build(), HttpResponse.BodyHandlers.ofString()).body().equals("{\"status\":\"UP\"}");
                } catch (Exception e) {
                    return false;
                }
            });
            String withToken = client.send(java.net.http.HttpRequest.newBuilder(uri("/health")).header("X-Forwarded-For", "203.0.113.9")
                    .header("Authorization", "Bearer it-monitor-token").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(withToken, withToken.contains("\"modules\":["));
            assertTrue("from this machine itself: every module", body("/health").contains("\"modules\":["));

            java.util.List<String> cookies = new java.util.ArrayList<>();
            signIn(client, "proxyrep", "proxyrep passphrase", cookies, "X-Forwarded-For", "198.51.100.1, 203.0.113.77",
                    "X-Forwarded-Proto", "https");
            assertEquals("the address the proxy gives", "203.0.113.77", lastSignInAddress(auditor, "proxyrep"));
            assertTrue("Secure cookies behind HTTPS: " + cookies, cookies.stream().filter(c -> c.startsWith("JSESSIONID"))
                    .allMatch(c -> c.contains("; Secure")) && !cookies.isEmpty());
        } finally {
            web.delete();
        }
    }

    private String lastSignInAddress(org.mosaiccrm.platform.security.Subject auditor, String username) throws Exception {
        org.mosaiccrm.platform.audit.AuditLog audit = service(org.mosaiccrm.platform.audit.AuditLog.class, 30);
        return as(auditor, () -> audit.find(new org.mosaiccrm.platform.audit.AuditQuery(username, null, null, null, null, null, 20)))
                .stream().filter(e -> e.action().equals("login.success")).findFirst().orElseThrow().address();
    }

    private HttpResponse<String> signIn(java.net.http.HttpClient client, String username, String password, String... headers)
            throws Exception {
        return signIn(client, username, password, new java.util.ArrayList<>(), headers);
    }

    /**
     * Issue 24.4: under load some sign-ins fell back to an empty sign-in page with "Invalid security
     * key" in the log (the UI session's id was renewed while its page still talked to it). Now 30
     * people sign in at once, each opening the UI and moving in it, and every one gets there.
     */
    @Test
    public void thirtySimultaneousSignInsAllReachTheirPages() throws Exception {
        await("UI on /", 60, () -> status("/") == 303 && status("/login") == 200);
        TestUsers users = new TestUsers(bundleContext);
        for (int i = 0; i < 30; i++) {
            users.user("rush" + i, null, "sales-rep");
        }
        java.util.concurrent.ExecutorService people = java.util.concurrent.Executors.newFixedThreadPool(30);
        // the client's own threads apart: the 30 people block on their answers
        java.util.concurrent.ExecutorService io = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().executor(io).build();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = "rush" + i;
            outcomes.add(people.submit(() -> {
                start.await();
                UiProtocolClient tab = new UiProtocolClient(client, "http://localhost:" + Integer.getInteger("mosaic.it.httpPort", HTTP_PORT));
                tab.signIn(name, name + " passphrase");
                tab.open("");
                tab.navigate("customers");
                return tab.node("customers-grid") >= 0 ? "ok" : "no customer list for " + name;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            assertEquals("ok", outcome.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        people.shutdown();
        io.shutdown();
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        assertFalse("no invalid security key in the log",
                java.nio.file.Files.readString(log).contains("Invalid security key"));
    }

    /** Signs in as a browser does (the form, its token cookie, the redirect) and opens the page it is sent to. */
    private HttpResponse<String> signIn(java.net.http.HttpClient client, String username, String password,
            java.util.List<String> cookies, String... headers) throws Exception {
        HttpResponse<String> form = client.send(java.net.http.HttpRequest.newBuilder(uri("/login")).headers(both(headers)).build(),
                HttpResponse.BodyHandlers.ofString());
        String tokenCookie = form.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("mosaic-login="))
                .findFirst().orElseThrow().split(";")[0];
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(form.body(), token.find());
        String body = "token=" + token.group(1) + "&next=&username=" + username + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(java.net.http.HttpRequest.newBuilder(uri("/login")).headers(both(headers))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", tokenCookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(signedIn.body(), 303, signedIn.statusCode());
        assertEquals("/", signedIn.headers().firstValue("location").orElse(""));
        cookies.addAll(signedIn.headers().allValues("set-cookie"));
        String session = signedIn.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(uri("/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        // the UI's start, as the page's script asks for it: a UI message with the user's data
        HttpResponse<String> start = client.send(java.net.http.HttpRequest.newBuilder(uri("/?v-r=init&location=&query="))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(start.body(), 200, start.statusCode());
        assertTrue("UI messages are kept by no cache: " + start.headers().allValues("cache-control"),
                start.headers().allValues("cache-control").stream().anyMatch(v -> v.contains("no-store")));
        return page;
    }

    /** {@code headers} with a harmless pair when empty (the builder wants at least one). */
    private static String[] both(String... headers) {
        return headers.length == 0 ? new String[] { "Accept", "text/html" } : headers;
    }

    private static java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + Integer.getInteger("mosaic.it.httpPort", HTTP_PORT) + path);
    }

    private static long heapInUseAfterGc() throws InterruptedException {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    public void healthListsModulesWithNameVersionAndState() throws Exception {
        await("/health", 60, () -> status("/health") == 200);
        featuresService.installFeature("mosaic-example-notes");
        await("notes module active in /health", 60, () -> body("/health").contains("\"id\":\"example-notes\"")
                && body("/health").contains("\"state\":\"ACTIVE\""));
        String health = body("/health");
        assertTrue(health, health.startsWith("{\"status\":\"UP\",\"database\":\"UP\""));
        assertTrue(health, health.contains("\"name\":\"Notes (example)\""));
        assertTrue(health, health.contains("\"version\":\"0.1.0.SNAPSHOT\""));
        featuresService.uninstallFeature("mosaic-example-notes");
        await("notes module gone from /health", 60, () -> !body("/health").contains("example-notes"));
    }

    @Test
    public void healthAnswersInJsonNeverWithTheUiPageWhileItsServletIsAway() throws Exception {
        await("/health", 60, () -> status("/health") == 200);
        // as early in a boot: the UI servlet (/*) is there, the health servlet not yet
        Bundle web = bundle("org.mosaiccrm.platform.web");
        web.stop();
        try {
            await("/health answered by the UI servlet", 30, () -> status("/health") != 200);
            HttpResponse<String> health = get("/health");
            assertEquals(503, health.statusCode());
            assertEquals("application/json", health.headers().firstValue("content-type").orElse("").split(";")[0]);
            assertEquals("{\"status\":\"STARTING\"}", health.body());
            HttpResponse<String> api = get("/api/v1/customer/customers");
            assertEquals("the API has its own servlet: it still answers, never with the UI page", 401, api.statusCode());
            assertTrue(api.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
            assertTrue(api.body(), !api.body().contains("<html"));
            assertEquals("the UI itself still answers", 303, get("/").statusCode());
        } finally {
            web.start();
        }
        await("/health back", 60, () -> status("/health") == 200);
    }

    private int status(String path) {
        try {
            return get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private String body(String path) {
        try {
            return get(path).body();
        } catch (Exception e) {
            return "";
        }
    }
}
