package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Installing and uninstalling a view module 50 times in a running Karaf, with a browser open on
 * the module's view each time, leaves no module class loaded after GC: a module class loader that
 * stays reachable keeps its classes loaded, and {@code jcmd VM.class_hierarchy} lists them.
 */
class ClassLoaderLeakIT {

    private static final int CYCLES = Integer.getInteger("mosaic.leak.cycles", 50);
    private static final String MODULE_PACKAGE = "org.mosaiccrm.example.notes";

    @Test
    void fiftyInstallCyclesWithAnOpenBrowserLeaveNoModuleClassLoader() throws Exception {
        try (RunningCrm crm = RunningCrm.start("leak-it"); Browser browser = Browser.open()) {
            browser.go(crm.url("/"));
            browser.waitUntil("home view", 30, d -> browser.present("#home-view"));
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                crm.install(NotesModule.FEATURE);
                crm.await("module active, cycle " + cycle, 60, () -> crm.moduleActive("example-notes"));
                browser.go(crm.url("/notes"));
                browser.waitUntil("notes view, cycle " + cycle, 30, d -> browser.present("#notes-view"));
                if (cycle == 1 || cycle == CYCLES) {
                    browser.type("#note-text input", "leak check " + cycle);
                    browser.click("#note-add");
                    int written = cycle;
                    browser.waitUntil("note shown", 20, d -> browser.texts("#notes-grid vaadin-grid-cell-content")
                            .contains("leak check " + written));
                }
                if (cycle == CYCLES) {
                    assertTrue(loadedModuleClasses(crm) > 0, "the check sees the module's classes while it is installed");
                }
                crm.uninstall(NotesModule.FEATURE);
                crm.await("module gone, cycle " + cycle, 60, () -> !crm.moduleListed("example-notes"));
                browser.waitUntil("browser sent home, cycle " + cycle, 30, d -> browser.present("#home-view"));
            }
            // the browser stays open on the UI, as a user would
            long remaining = loadedModuleClasses(crm);
            assertEquals(0, remaining, "classes of an uninstalled module still loaded: a class loader leaked; "
                    + "see " + crm.home().resolve("class-hierarchy.txt"));
        }
    }

    /** Runs full GCs in the Karaf JVM, then counts loaded classes of the module's packages. */
    private static long loadedModuleClasses(RunningCrm crm) throws IOException, InterruptedException {
        long count = -1;
        for (int attempt = 0; attempt < 5 && count != 0; attempt++) {
            jcmd(crm, "GC.run");
            Thread.sleep(500);
            String hierarchy = jcmd(crm, "VM.class_hierarchy");
            java.nio.file.Files.writeString(crm.home().resolve("class-hierarchy.txt"), hierarchy);
            count = Arrays.stream(hierarchy.split("\n")).filter(line -> line.contains(MODULE_PACKAGE)).count();
        }
        return count;
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
