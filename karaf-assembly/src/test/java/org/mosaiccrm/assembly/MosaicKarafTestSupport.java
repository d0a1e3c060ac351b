package org.mosaiccrm.assembly;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Boots the project's own assembly (the tar.gz this module builds) in Karaf, on free ports, reading
 * bundles only from the local Maven repository and Maven Central: once for all the scenarios in
 * {@code org.mosaiccrm.assembly.shared}, afresh for a test class here whose subject is the boot itself.
 */
public abstract class MosaicKarafTestSupport {

    /** HTTP port of the Karaf under test; fixed per JVM run so probe and runner agree. */
    protected static final int HTTP_PORT = Integer.getInteger("mosaic.it.httpPort", FreePorts.next());

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The probe may wire to the platform, the customer core and the test tooling only, never to an
     * optional module: a module
     * uninstalled by a test would otherwise take the probe down with it (Karaf refreshes importers).
     */
    @ProbeBuilder
    public TestProbeBuilder probeConfiguration(TestProbeBuilder probe) {
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "org.ops4j.*,org.junit,org.junit.*,junit,junit.*,org.hamcrest,org.hamcrest.*,"
                + "javax.inject,javax.sql,javax.crypto,javax.crypto.spec,org.osgi.*,org.apache.karaf.*,org.mosaiccrm.platform,org.mosaiccrm.platform.*,"
                // the customer core is always installed, so the probe may use its API
                + "org.mosaiccrm.customer,org.mosaiccrm.customer.csv");
        return probe;
    }

    protected Option[] baseConfig(Option... more) {
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("mosaic.assembly")).toURI().toString())
                        .karafVersion(System.getProperty("karaf.version"))
                        .name("Mosaic CRM")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.mosaiccrm.security.cfg", "admin.initialPassword", TestUsers.ADMIN_INITIAL),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(FreePorts.next())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.next())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.next())),
                // Only Maven Central and the local repository are reachable.
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.useFallbackRepositories", "false"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
                systemProperty("mosaic.it.httpPort").value(String.valueOf(HTTP_PORT)),
                // the vendor sample's package, which the ISV kit builds beside the assembly
                systemProperty("mosaic.isv.kar").value(System.getProperty("mosaic.isv.kar", "")),
                systemProperty("pax.exam.osgi.unresolved.fail").value("true"),
                // the probe waits for Pax Exam's JUnit invoker up to 10 s by default; a Karaf booting beside
                // browser tests on two cores may take longer, and the probe then never answers
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                // Karaf's own launcher adds these on JDK 9+ (see bin/karaf); Pax Exam does not.
                vmOptions("--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + System.getProperty("karaf.version") + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + System.getProperty("karaf.version") + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "-Xmx768m")));
        if (Boolean.getBoolean("mosaic.it.keep")) {
            options.add(keepRuntimeFolder());
        }
        options.addAll(List.of(more));
        return options.toArray(new Option[0]);
    }

    /** Maven URL of the product's features repository. */
    protected static String featuresRepository() {
        return maven("org.mosaiccrm", "mosaic-features").classifier("features").type("xml")
                .version(System.getProperty("mosaic.version", "0.1.0-SNAPSHOT")).getURL();
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        int port = Integer.getInteger("mosaic.it.httpPort", HTTP_PORT);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code condition} holds, failing with {@code message} after {@code seconds}. */
    protected static void await(String message, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + seconds + " s: " + message);
            }
            Thread.sleep(100);
        }
    }

    protected <T> T service(Class<T> type, int seconds) throws InterruptedException {
        Object[] found = new Object[1];
        await("service " + type.getName(), seconds, () -> {
            var ref = bundleContext.getServiceReference(type);
            found[0] = ref == null ? null : bundleContext.getService(ref);
            return found[0] != null;
        });
        return type.cast(found[0]);
    }

    /** Runs a Karaf shell command, as an operator at the console; its output and errors as one text. */
    protected String shell(String command) {
        org.apache.karaf.shell.api.console.SessionFactory sessions;
        try {
            sessions = service(org.apache.karaf.shell.api.console.SessionFactory.class, 60);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the shell", e);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessions.create(new java.io.ByteArrayInputStream(new byte[0]), print, print);
        try {
            Object result = session.execute(command);
            if (result != null) {
                print.println(result);
            }
        } catch (Exception e) {
            print.println("Exception: " + e);
        } finally {
            session.close();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The installed bundle of that symbolic name, or null. */
    protected Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /** Work done as {@code subject}, as a service call from the UI would be. */
    protected static <T> T as(org.mosaiccrm.platform.security.Subject subject, java.util.function.Supplier<T> work) {
        return org.mosaiccrm.platform.security.CurrentSubject.callAs(subject, work);
    }

    /** Whether a service of that interface name is registered (a module's, which the probe does not wire to). */
    protected boolean hasService(String type) {
        return bundleContext.getServiceReference(type) != null;
    }

    protected boolean hasService(Class<?> type) {
        return bundleContext.getServiceReference(type) != null;
    }
}
