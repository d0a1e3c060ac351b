package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium per browser test class, and a running CRM: one assembly booted once and shared
 * by the browser test classes of the run (each works as users of its own and leaves the modules as it
 * found them), or one of the class's own under {@code target/<test-class>} for a class marked
 * {@link OwnCrm}. Every boot is checked to be clean; a shared CRM stops when the run ends.
 * <p>
 * Two classes run at a time, as two people work side by side (the failsafe execution's JUnit
 * parameters): every class on the shared CRM holds the lock {@link #MODULES}, for writing if it installs
 * or removes a module (or needs the CRM to itself), else for reading, so installs never happen under
 * another class's feet. A class with a CRM of its own needs no lock.
 */
@ExtendWith(BrowserTestSupport.CrmAndBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    /** The lock on the shared CRM's set of installed modules (JUnit {@code @ResourceLock}). */
    static final String MODULES = "mosaic.modules";

    protected RunningCrm crm;
    protected Browser browser;

    static final class CrmAndBrowser implements BeforeAllCallback, AfterAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CrmAndBrowser.class);

        /** Closes a CRM when the store holding it is closed (the class's, or the whole run's). */
        private record Closing(RunningCrm crm) implements ExtensionContext.Store.CloseableResource {
            @Override
            public void close() throws Throwable {
                crm.close();
            }
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            Class<?> testClass = context.getRequiredTestClass();
            BrowserTestSupport test = (BrowserTestSupport) context.getRequiredTestInstance();
            if (testClass.isAnnotationPresent(OwnCrm.class)) {
                String name = testClass.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
                test.crm = context.getStore(NAMESPACE).getOrComputeIfAbsent("crm", key -> started(name), Closing.class).crm();
            } else {
                test.crm = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("shared-crm", key -> withModules(started("shared-crm")),
                        Closing.class).crm();
            }
            test.browser = Browser.open();
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            BrowserTestSupport test = (BrowserTestSupport) context.getRequiredTestInstance();
            if (test.browser != null) {
                test.browser.close();
            }
            // the class's own CRM closes with the class's store, the shared one with the run's
        }

        /**
         * The shared CRM with the sales and contract modules installed before any class works on it: the
         * classes that rely on them run side by side, and none sees them arrive under its feet.
         */
        private static Closing withModules(Closing shared) {
            try {
                shared.crm().install("mosaic-sales");
                shared.crm().await("sales module active", 120, () -> shared.crm().moduleActive("sales"));
                shared.crm().install("mosaic-contract");
                shared.crm().await("contract module active", 120, () -> shared.crm().moduleActive("contract"));
                return shared;
            } catch (Exception e) {
                IllegalStateException failed = new IllegalStateException("sales or contract did not install in the shared CRM", e);
                try {
                    shared.close();
                } catch (Throwable notStopped) {
                    failed.addSuppressed(notStopped);
                }
                throw failed;
            }
        }

        private static Closing started(String name) {
            try {
                // the pool lets idle connections go after two seconds instead of thirty: embedded Derby keeps
                // per-connection objects made while a module ran until its connection closes (etc/ explains),
                // and the class loader leak check looks for them after the module has gone
                RunningCrm started = RunningCrm.start(name, home -> {
                    Path pool = home.resolve("etc/org.ops4j.datasource-crm.cfg");
                    RunningCrm.setProperty(pool, "pool.timeBetweenEvictionRunsMillis", "1000");
                    RunningCrm.setProperty(pool, "pool.minEvictableIdleTimeMillis", "2000");
                });
                assertEquals(List.of(), started.bootProblems(), "first boot is clean");
                assertEquals(List.of(), started.migrationChatterOnConsole(),
                        "the first start's migrations write to the log, not the console");
                return new Closing(started);
            } catch (Exception e) {
                throw new IllegalStateException("CRM " + name + " did not start", e);
            }
        }
    }
}
