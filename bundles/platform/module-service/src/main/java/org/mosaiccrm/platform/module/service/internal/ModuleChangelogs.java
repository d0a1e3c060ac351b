package org.mosaiccrm.platform.module.service.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.mosaiccrm.platform.module.ModuleHeaders;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Finds the bundle of a module feature that carries the module's Liquibase changelog
 * ({@link ModuleHeaders#CHANGELOG}) and lends its class loader for a trial migration or a purge:
 * the installed bundle's own, or, for a version not installed, a loader over its jar fetched
 * through the feature's bundle location.
 */
final class ModuleChangelogs {

    /** The changelog bundle of a module feature. */
    record Changelog(String moduleId, String resource, String location) {
    }

    private static final Changelog NONE = new Changelog("", "", "");

    private final BundleContext context;
    /** Headers by bundle location; released versions do not change under a location. */
    private final Map<String, Changelog> byLocation = new ConcurrentHashMap<>();

    ModuleChangelogs(BundleContext context) {
        this.context = context;
    }

    Optional<Changelog> of(Feature feature) {
        for (BundleInfo bundle : feature.getBundles()) {
            Changelog changelog = byLocation.computeIfAbsent(bundle.getLocation(), this::read);
            if (changelog != NONE) {
                return Optional.of(changelog);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code work} with the persistence unit of the changelog, loaded from its bundle. */
    <T> T withUnit(Changelog changelog, Function<PersistenceUnit, T> work) {
        Bundle installed = context.getBundle(changelog.location());
        if (installed != null && installed.adapt(BundleWiring.class) != null) {
            return work.apply(unit(changelog, installed.adapt(BundleWiring.class).getClassLoader()));
        }
        Path jar = fetch(changelog.location());
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            return work.apply(unit(changelog, loader));
        } catch (IOException e) {
            throw new IllegalStateException("Bundle " + changelog.location() + " cannot be read: " + e.getMessage(), e);
        } finally {
            delete(jar);
        }
    }

    private static PersistenceUnit unit(Changelog changelog, ClassLoader loader) {
        return new PersistenceUnit(changelog.moduleId(), loader, List.of(), changelog.resource());
    }

    private Changelog read(String location) {
        Bundle installed = context.getBundle(location);
        if (installed != null) {
            return changelog(location, installed.getHeaders().get(ModuleHeaders.MODULE),
                    installed.getHeaders().get(ModuleHeaders.CHANGELOG));
        }
        Path jar = fetch(location);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            return changelog(location, main.getValue(ModuleHeaders.MODULE), main.getValue(ModuleHeaders.CHANGELOG));
        } catch (IOException e) {
            throw new IllegalStateException("Bundle " + location + " cannot be read: " + e.getMessage(), e);
        } finally {
            delete(jar);
        }
    }

    private static Changelog changelog(String location, String moduleId, String resource) {
        return moduleId == null || resource == null ? NONE : new Changelog(moduleId.strip(), resource.strip(), location);
    }

    /** A copy of the bundle at {@code location}; {@code mvn:} locations resolve through the container's URL handlers. */
    private static Path fetch(String location) {
        try {
            Path jar = Files.createTempFile("mosaic-module-", ".jar");
            try (InputStream in = new URL(location).openStream()) {
                Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            }
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException("Bundle " + location + " cannot be fetched: " + e.getMessage(), e);
        }
    }

    private static void delete(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up
        }
    }
}
