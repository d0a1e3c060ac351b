package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * One assembly started under {@code target/<test-class>} and one headless Chromium for all tests
 * of a browser test class; both are stopped after its last test.
 */
abstract class BrowserTestSupport {

    protected static RunningCrm crm;
    protected static Browser browser;

    @BeforeAll
    static void startCrmAndBrowser(TestInfo test) throws Exception {
        String name = test.getTestClass().orElseThrow().getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        crm = RunningCrm.start(name);
        assertEquals(List.of(), crm.bootProblems(), "first boot is clean");
        assertEquals(List.of(), crm.migrationChatterOnConsole(), "the first start's migrations write to the log, not the console");
        browser = Browser.open();
    }

    @AfterAll
    static void stopCrmAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (crm != null) {
            crm.close();
            crm = null;
        }
    }
}
