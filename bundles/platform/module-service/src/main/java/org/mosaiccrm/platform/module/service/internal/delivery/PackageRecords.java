package org.mosaiccrm.platform.module.service.internal.delivery;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.ModulePackage.PackageState;

/**
 * The received packages on disk: {@code <id>.kar} and {@code <id>.properties} per package in one
 * folder ({@code ${karaf.data}/mosaic/packages}), so they survive restarts. A record is written to
 * a temporary file and moved into place: never half written.
 */
final class PackageRecords {

    private final Path folder;

    PackageRecords(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    Path folder() {
        return folder;
    }

    Path file(String id) {
        return folder.resolve(id + ".kar");
    }

    List<ModulePackage> all() throws IOException {
        List<ModulePackage> packages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                packages.add(read(file));
            }
        }
        packages.sort(Comparator.comparing(ModulePackage::receivedAt).reversed());
        return packages;
    }

    Optional<ModulePackage> find(String id) throws IOException {
        Path file = folder.resolve(id + ".properties");
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    void write(ModulePackage pack) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("id", pack.id());
        properties.setProperty("fileName", pack.fileName());
        properties.setProperty("receivedAt", pack.receivedAt().toString());
        properties.setProperty("via", pack.via());
        properties.setProperty("trusted", Boolean.toString(pack.trusted()));
        properties.setProperty("origin", pack.origin());
        properties.setProperty("state", pack.state().name());
        properties.setProperty("modules", String.join(",", pack.modules()));
        properties.setProperty("problem", pack.problem());
        Path temporary = folder.resolve(pack.id() + ".properties.tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Mosaic CRM module package");
        }
        try {
            Files.move(temporary, folder.resolve(pack.id() + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, folder.resolve(pack.id() + ".properties"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + ".properties"));
        Files.deleteIfExists(file(id));
    }

    private static ModulePackage read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String modules = properties.getProperty("modules", "");
        return new ModulePackage(properties.getProperty("id"), properties.getProperty("fileName"),
                Instant.parse(properties.getProperty("receivedAt")), properties.getProperty("via", ""),
                Boolean.parseBoolean(properties.getProperty("trusted")), properties.getProperty("origin", ""),
                PackageState.valueOf(properties.getProperty("state")),
                modules.isEmpty() ? List.of() : Arrays.asList(modules.split(",")), properties.getProperty("problem", ""));
    }
}
