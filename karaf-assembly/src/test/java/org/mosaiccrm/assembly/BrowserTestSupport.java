package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium per browser test class, and a running CRM: one assembly booted once and shared
 * by the browser test classes of the run (each works as users of its own and leaves the modules as it
 * found them), or one of the class's own under {@code target/<test-class>} for a class marked
 * {@link OwnCrm}. Every boot is checked to be clean; a shared CRM stops when the run ends.
 */
@ExtendWith(BrowserTestSupport.CrmAndBrowser.class)
abstract class BrowserTestSupport {

    protected static RunningCrm crm;
    protected static Browser browser;

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
            if (testClass.isAnnotationPresent(OwnCrm.class)) {
                String name = testClass.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
                crm = context.getStore(NAMESPACE).getOrComputeIfAbsent("crm", key -> started(name), Closing.class).crm();
            } else {
                crm = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("shared-crm", key -> started("shared-crm"),
                        Closing.class).crm();
            }
            browser = Browser.open();
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (browser != null) {
                browser.close();
                browser = null;
            }
            crm = null; // the class's own CRM closes with the class's store, the shared one with the run's
        }

        private static Closing started(String name) {
            try {
                RunningCrm started = RunningCrm.start(name);
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
