package org.mosaiccrm.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built distribution started as an operator starts it ({@code bin/karaf server}), in its own
 * copy under {@code target/}, on free ports. Modules are installed and removed the way an operator
 * may do it without a shell: by dropping a features file into {@code deploy/} and deleting it.
 */
final class RunningCrm implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningCrm(Path home, int httpPort, Process process) {
        this.home = home;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Copies the assembly to {@code target/<name>} and starts it; returns once users can sign in. */
    static RunningCrm start(String name) throws Exception {
        return start(name, home -> { });
    }

    /** As {@link #start(String)}, with {@code configure} editing the copy's files (its home) before the boot. */
    static RunningCrm start(String name, IoConsumer<Path> configure) throws Exception {
        Path assembly = Path.of(System.getProperty("mosaic.assembly.dir", "target/assembly"));
        Path home = Path.of("target", name).toAbsolutePath();
        deleteTree(home);
        copyTree(assembly, home);
        deleteTree(home.resolve("data"));
        try (Stream<Path> leftovers = Files.list(home.resolve("deploy"))) {
            for (Path file : leftovers.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Files.delete(file);
            }
        }
        int httpPort = FreePorts.next();
        setProperty(home.resolve("etc/org.apache.felix.http.cfg"), "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(FreePorts.next()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(FreePorts.next()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(FreePorts.next()));
        // the first administrator's one-time password, as an unattended install would set it
        Files.writeString(home.resolve("etc/org.mosaiccrm.security.cfg"),
                "admin.initialPassword = " + TestUsers.ADMIN_INITIAL + "\n", StandardCharsets.UTF_8);
        // its mail goes to GreenMail in this JVM (TestMailServer)
        StringBuilder mail = new StringBuilder();
        TestMailServer.configuration().forEach((key, value) -> mail.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(home.resolve("etc/org.mosaiccrm.mail.cfg"), mail.toString(), StandardCharsets.UTF_8);
        // webhooks to receivers in this JVM on 127.0.0.1, retried after a second, looked at every 2 s
        Files.writeString(home.resolve("etc/org.mosaiccrm.webhooks.cfg"), "allowLoopback = true\nfirstRetrySeconds = 1\n"
                + "mosaic.job.schedule = 0/2 * * * * ?\n", StandardCharsets.UTF_8);
        // the deploy folder is polled; poll it often so tests do not wait for it
        setProperty(home.resolve("etc/org.apache.felix.fileinstall-deploy.cfg"), "felix.fileinstall.poll", "200");
        configure.accept(home);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        // JVM options for the tests' CRMs (bin/setenv's EXTRA_JAVA_OPTS), e.g. -Dmosaic.it.crmJavaOpts=-XX:TieredStopAtLevel=1
        String javaOptions = System.getProperty("mosaic.it.crmJavaOpts", "");
        if (!javaOptions.isBlank()) {
            builder.environment().put("EXTRA_JAVA_OPTS", javaOptions);
        }
        RunningCrm crm = new RunningCrm(home, httpPort, builder.start());
        crm.await("UI answers on / (with the sign-in page)", 120, () -> crm.status("/") == 303 && crm.status("/login") == 200);
        crm.await("sign-in in service", 120, () -> crm.health().contains("\"signIn\":\"UP\""));
        return crm;
    }

    /** What goes with this CRM (browsers signed in to it), closed before it. */
    private final List<AutoCloseable> companions = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Closes {@code companion} when this CRM closes. */
    void closeWith(AutoCloseable companion) {
        companions.add(companion);
    }

    String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    long pid() {
        return process.pid();
    }

    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String health() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url("/health"))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * Installs a feature by dropping a features file into deploy/; nothing happens if that file is there
     * already (a CRM shared by test classes: a file written again would be redeployed).
     */
    synchronized void install(String feature) throws IOException {
        String xml = "<features name=\"it-" + feature + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"it-" + feature + "\" install=\"auto\"><feature>" + feature + "</feature></feature>"
                + "</features>";
        if (Files.exists(deployFile(feature)) && Files.readString(deployFile(feature), StandardCharsets.UTF_8).equals(xml)) {
            return;
        }
        Path tmp = home.resolve("deploy-" + feature + ".tmp");
        Files.writeString(tmp, xml, StandardCharsets.UTF_8);
        Files.move(tmp, deployFile(feature), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Uninstalls a feature installed by {@link #install}. */
    synchronized void uninstall(String feature) throws IOException {
        Files.deleteIfExists(deployFile(feature));
    }

    boolean moduleActive(String moduleId) {
        String health = health();
        int at = health.indexOf("\"id\":\"" + moduleId + "\"");
        return at >= 0 && health.indexOf("\"state\":\"ACTIVE\"", at) > 0
                && health.indexOf("\"state\":\"ACTIVE\"", at) < health.indexOf('}', at);
    }

    boolean moduleListed(String moduleId) {
        return health().contains("\"id\":\"" + moduleId + "\"");
    }

    Path home() {
        return home;
    }

    /**
     * What went wrong while booting, from the Karaf log: ERROR lines, and framework bundles the
     * features service stopped to refresh (a boot feature satisfying a startup bundle's optional
     * import restarts logging and config admin under everyone's feet; once that boot hung).
     */
    /**
     * Karaf's own harmless boot races, logged as ERROR: the Aries JMX whiteboard registering an
     * MBean (the features service's) that its other tracker path registered a moment before.
     */
    private static final Pattern KNOWN_KARAF_RACES = Pattern.compile(
            "org\\.apache\\.aries\\.jmx\\.whiteboard .*\\| register: Failure registering MBean");

    List<String> bootProblems() throws IOException {
        List<String> lines = Files.readAllLines(home.resolve("data/log/karaf.log"));
        List<String> problems = new ArrayList<>();
        boolean stopping = false;
        for (String line : lines) {
            if (line.contains("| ERROR |") && !KNOWN_KARAF_RACES.matcher(line).find()) {
                problems.add(line);
            }
            if (line.endsWith("| Stopping bundles:")) {
                stopping = true;
            } else if (stopping && line.matches(".*FeaturesServiceImpl.*\\|   \\S+/\\S+$")) {
                problems.add("refreshed at boot: " + line.substring(line.lastIndexOf('|') + 1).trim());
            } else {
                stopping = false;
            }
        }
        return problems;
    }

    /** What the console (the terminal an operator types in) shows of the database migrations: nothing, they go to the log. */
    List<String> migrationChatterOnConsole() throws IOException {
        return Files.readAllLines(home.resolve("console.log")).stream()
                .filter(line -> line.contains("Running Changeset") || line.contains("UPDATE SUMMARY")
                        || line.contains("No row was found for FETCH"))
                .toList();
    }

    private Path deployFile(String feature) {
        return home.resolve("deploy/it-" + feature + ".xml");
    }

    void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("Karaf died while waiting for: " + what + "; see " + home.resolve("data/log"));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + seconds + " s waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Stops Karaf: bin/karaf runs the JVM as its child, so the whole process tree goes. */
    @Override
    public void close() throws Exception {
        for (AutoCloseable companion : companions) {
            companion.close();
        }
        List<ProcessHandle> tree = new java.util.ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
                handle.onExit().get(10, TimeUnit.SECONDS);
            }
        }
    }

    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String line : lines) {
            if (line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                out.append(key).append(" = ").append(value).append('\n');
                replaced = true;
            } else {
                out.append(line).append('\n');
            }
        }
        if (!replaced) {
            out.append(key).append(" = ").append(value).append('\n');
        }
        Files.writeString(file, out.toString());
    }


    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Work on a file that may fail as file work does. */
    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
