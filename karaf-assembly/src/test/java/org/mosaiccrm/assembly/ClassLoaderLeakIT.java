package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Installing and uninstalling a view module 50 times in a running Karaf, with a browser open on
 * the module's view each time and its API resource called (JSON and the OpenAPI document meet its
 * classes), leaves no module class loaded after GC: a module class loader that
 * stays reachable keeps its classes loaded, and {@code jcmd VM.class_hierarchy} lists them. It runs on
 * the CRM the browser tests share, so the modules installed and removed before it count too, and holds
 * its modules lock for writing: no other class works on that CRM meanwhile, and its idle database
 * connections close (which lets go of what embedded Derby cached while the module ran).
 */
@ResourceLock(BrowserTestSupport.MODULES)
class ClassLoaderLeakIT extends BrowserTestSupport {

    private static final int CYCLES = Integer.getInteger("mosaic.leak.cycles", 50);
    private static final String MODULE_PACKAGE = "org.mosaiccrm.example.notes";

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    private String token;

    @Test
    void fiftyInstallCyclesWithAnOpenBrowserLeaveNoModuleClassLoader() throws Exception {
        browser.signInAsNewUser(crm, "leak", "Sales rep");
        browser.go(crm.url("/"));
        browser.waitUntil("home view", 30, d -> browser.present("#home-view"));
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            crm.install(NotesModule.FEATURE);
            browser.waitUntil("menu entry pushed, cycle " + cycle, 60,
                    d -> browser.texts("vaadin-side-nav-item").contains("Notes"));
            // the notice that the module went (at the bottom left for ten seconds) may cover its new menu entry
            browser.closeNotices();
            browser.clickText("vaadin-side-nav-item", "Notes");
            browser.waitUntil("notes view, cycle " + cycle, 30, d -> browser.present("#notes-view"));
            if (cycle == 1) {
                token = browser.createApiToken(crm, "leak check", "example-notes.read", "example-notes.create");
            }
            // the module's resource and the API document meet its classes too (Jackson, swagger-core)
            int apiCycle = cycle;
            crm.await("notes over the API, cycle " + cycle, 30, () -> api("GET", "/api/v1/example-notes/notes", token, null) == 200
                    && apiBody("/api/v1/openapi.json").contains("/v1/example-notes/notes"));
            if (cycle == 1 || cycle == CYCLES) {
                assertEquals(201, api("POST", "/api/v1/example-notes/notes", token, "{\"text\":\"api leak check " + apiCycle + "\"}"));
                browser.go(crm.url("/notes"));
                browser.waitUntil("notes view again", 30, d -> browser.present("#notes-view"));
                browser.type("#note-text input", "leak check " + cycle + org.openqa.selenium.Keys.ENTER);
                int written = cycle;
                browser.waitUntil("note shown", 20, d -> browser.texts("#notes-grid vaadin-grid-cell-content")
                        .contains("leak check " + written));
            }
            if (cycle == CYCLES) {
                assertTrue(countModuleClasses(crm) > 0, "the check sees the module's classes while it is installed");
            }
            crm.uninstall(NotesModule.FEATURE);
            crm.await("module gone, cycle " + cycle, 60, () -> !crm.moduleListed("example-notes"));
            crm.await("its API paths gone, cycle " + cycle, 30, () -> api("GET", "/api/v1/example-notes/notes", token, null) == 404);
            try {
                browser.waitUntil("browser sent home, cycle " + cycle, 30, d -> browser.present("#home-view"));
            } catch (RuntimeException notSentHome) {
                browser.screenshot("leak-not-sent-home-" + cycle);
                throw notSentHome;
            }
        }
        // the browser stays open on the UI, as a user would
        long remaining = loadedModuleClasses(crm);
        if (remaining > 0) {
            // for the post-mortem: paths from GC roots to the module's class loader
            jcmd(crm, "GC.heap_dump " + crm.home().resolve("leak.hprof"));
        }
        assertEquals(0, remaining, "classes of an uninstalled module still loaded: a class loader leaked; "
                + "see " + crm.home().resolve("class-hierarchy.txt"));
    }

    /**
     * Runs full GCs in the Karaf JVM, then counts loaded classes of the module's packages. Waits up
     * to {@code mosaic.leak.wait} seconds (default 90): the connection pool closes idle connections
     * (in the browser tests' CRMs after 2 s: BrowserTestSupport), and embedded Derby's per-connection
     * caches may hold the module until then.
     */
    /** The status of an API call with {@code token}; 0 when nothing answers. */
    private int api(String method, String path, String token, String body) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(crm.url(path)))
                    .timeout(java.time.Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException | RuntimeException notNow) {
            return 0;
        }
    }

    private String apiBody(String path) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(crm.url(path))).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException | RuntimeException notNow) {
            return "";
        }
    }

    private static long loadedModuleClasses(RunningCrm crm) throws IOException, InterruptedException {
        long count = -1;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(Integer.getInteger("mosaic.leak.wait", 90));
        while (count != 0 && System.nanoTime() < deadline) {
            jcmd(crm, "GC.run");
            Thread.sleep(count < 0 ? 500 : 2000);
            String hierarchy = jcmd(crm, "VM.class_hierarchy");
            java.nio.file.Files.writeString(crm.home().resolve("class-hierarchy.txt"), hierarchy);
            count = Arrays.stream(hierarchy.split("\n")).filter(line -> line.contains(MODULE_PACKAGE)).count();
        }
        return count;
    }

    private static long countModuleClasses(RunningCrm crm) throws IOException, InterruptedException {
        return Arrays.stream(jcmd(crm, "VM.class_hierarchy").split("\n")).filter(line -> line.contains(MODULE_PACKAGE)).count();
    }

    private static String jcmd(RunningCrm crm, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(karafPid(crm)), command)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** bin/karaf is a shell script that starts the JVM as its child (or execs it). */
    private static long karafPid(RunningCrm crm) {
        ProcessHandle script = ProcessHandle.of(crm.pid()).orElseThrow();
        if (script.info().command().orElse("").endsWith("java")) {
            return script.pid();
        }
        return script.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow().pid();
    }
}
