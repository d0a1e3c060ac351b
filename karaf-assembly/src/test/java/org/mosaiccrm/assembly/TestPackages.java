package org.mosaiccrm.assembly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Module packages (KAR files) made in the test, as a vendor would ship them: the example notes
 * module as a new version whose changelog brings more change sets, in a KAR with its feature
 * repository; signed with {@code jarsigner} when a vendor signs.
 */
public final class TestPackages {

    public static final String NOTES_CHANGELOG = "db/notes-changelog.xml";

    private TestPackages() {
    }

    /**
     * The example notes bundle at {@code location} as version {@code version}, with
     * {@code changeSets} appended to its changelog.
     */
    public static byte[] notesBundle(String location, String version, String changeSets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new URL(location).openStream())) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals(NOTES_CHANGELOG)) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replace("</databaseChangeLog>", changeSets + "\n</databaseChangeLog>")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    /** A KAR whose repository holds the notes feature at {@code version} and its bundle. */
    public static Path notesKar(Path folder, String fileName, String version, byte[] bundle) throws IOException {
        String bundlePath = "org/mosaiccrm/test/example-notes-next/" + version + "/example-notes-next-" + version + ".jar";
        String features = """
                <features name="notes-next-%1$s" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="mosaic-example-notes" version="%1$s" description="Example module: notes, version %1$s">
                    <capability>mosaic.module;mosaic.module=example-notes</capability>
                    <feature>mosaic-ui</feature>
                    <bundle>mvn:org.mosaiccrm.test/example-notes-next/%1$s</bundle>
                  </feature>
                </features>
                """.formatted(version);
        Path kar = folder.resolve(fileName);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (ZipOutputStream out = new JarOutputStream(Files.newOutputStream(kar), manifest)) {
            for (Map.Entry<String, byte[]> entry : Map.of(
                    "repository/org/mosaiccrm/test/notes-next/" + version + "/notes-next-" + version + "-features.xml",
                    features.getBytes(StandardCharsets.UTF_8), "repository/" + bundlePath, bundle).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return kar;
    }

    /** Puts {@code kar} into this container's deploy folder (for tests inside Karaf). */
    public static void dropIntoDeployFolder(Path kar) throws IOException {
        dropIntoDeployFolder(Path.of(System.getProperty("karaf.base"), "deploy"), kar);
    }

    /** Puts {@code kar} into {@code deploy} in one step, as an operator's copy would land. */
    public static void dropIntoDeployFolder(Path deploy, Path kar) throws IOException {
        Files.createDirectories(deploy);
        Path partial = deploy.resolve(kar.getFileName() + ".part");
        Files.copy(kar, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, deploy.resolve(kar.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The SHA-256 checksum of a file, in hex, as sha256sum prints it and the trust list takes it. */
    public static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signing key of a vendor, made with the JDK's keytool. */
    public record Vendor(Path keystore, String alias, String password) {

        public static Vendor create(Path folder, String name) throws IOException, InterruptedException {
            Vendor vendor = new Vendor(folder.resolve(name + ".p12"), name, "changeit");
            tool("keytool", "-genkeypair", "-keystore", vendor.keystore.toString(), "-storetype", "PKCS12", "-storepass",
                    vendor.password, "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30", "-dname",
                    "CN=" + name + ", O=" + name + " Software");
            return vendor;
        }

        /** The SHA-256 fingerprint of the vendor's certificate, as keytool shows it. */
        public String fingerprint() throws IOException, InterruptedException {
            String listing = tool("keytool", "-list", "-v", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                    "-storepass", password, "-alias", alias);
            return listing.lines().filter(line -> line.strip().startsWith("SHA256:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(listing)).strip().substring("SHA256:".length()).strip();
        }

        public Path sign(Path jar) throws IOException, InterruptedException {
            tool("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", password,
                    jar.toString(), alias);
            return jar;
        }
    }

    /** Replaces one entry of a signed KAR without signing again: what tampering looks like. */
    public static Path tamper(Path signed, Path target) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(signed));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("-features.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("Example module", "Evil module")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }

    private static String tool(String name, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", name).toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IOException(name + " failed: " + output);
        }
        return output;
    }
}
