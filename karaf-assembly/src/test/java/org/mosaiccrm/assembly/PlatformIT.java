package org.mosaiccrm.assembly;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The assembly as an operator starts it: the UI answers, /health reports the modules. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends MosaicKarafTestSupport {

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

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

    @Test
    public void rootAnswersWithTheVaadinBootstrapPage() throws Exception {
        await("UI on /", 60, () -> status("/") == 200);
        HttpResponse<String> page = get("/");
        assertTrue("bootstrap page loads the pre-compiled frontend: " + page.body(),
                page.body().contains("VAADIN/build/indexhtml"));
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        HttpResponse<String> script = get("/VAADIN/static/push/vaadinPush-min.js");
        assertEquals("push client served from the host's embedded jars", 200, script.statusCode());
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
            HttpResponse<String> api = get("/api/v1/customers");
            assertEquals(503, api.statusCode());
            assertTrue(api.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
            assertTrue(api.body(), !api.body().contains("<html"));
            assertEquals("the UI itself still answers", 200, get("/").statusCode());
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
