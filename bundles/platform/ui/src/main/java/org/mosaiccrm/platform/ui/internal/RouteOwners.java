package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.mosaiccrm.platform.module.ModuleHeaders;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which module each route has belonged to, remembered across restarts, so that a bookmark of an
 * uninstalled module's page can say whose page it was. Kept in the UI host's data folder.
 */
final class RouteOwners {

    private static final Logger LOGGER = LoggerFactory.getLogger(RouteOwners.class);

    private final Path file;
    private final Properties owners = new Properties();

    RouteOwners(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                owners.load(in);
            } catch (IOException e) {
                LOGGER.warn("Could not read the known routes from {}: {}", file, e.getMessage());
            }
        }
    }

    /** Remembers the module of a route that has just been mapped. */
    synchronized void remember(String route, Class<?> viewClass) {
        String module = moduleName(FrameworkUtil.getBundle(viewClass));
        String key = staticPart(route);
        if (module == null || key.isEmpty() || module.equals(owners.getProperty(key))) {
            return;
        }
        owners.setProperty(key, module);
        if (file != null) {
            try (OutputStream out = Files.newOutputStream(file)) {
                owners.store(out, "route -> module name, for the page-not-available message");
            } catch (IOException e) {
                LOGGER.warn("Could not keep the known routes in {}: {}", file, e.getMessage());
            }
        }
    }

    /** The name of the module whose route begins the path, the longest match first. */
    synchronized Optional<String> moduleOf(String path) {
        String rest = path == null ? "" : path.replaceAll("^/+|/+$", "");
        while (!rest.isEmpty()) {
            String module = owners.getProperty(rest);
            if (module != null) {
                return Optional.of(module);
            }
            int slash = rest.lastIndexOf('/');
            rest = slash < 0 ? "" : rest.substring(0, slash);
        }
        return Optional.empty();
    }

    /** The name a module gives itself on one of its bundles (all carry its id); its id if none does. */
    private static String moduleName(Bundle viewBundle) {
        String id = viewBundle == null ? null : viewBundle.getHeaders("").get(ModuleHeaders.MODULE);
        if (id == null || viewBundle.getBundleContext() == null) {
            return id;
        }
        for (Bundle bundle : viewBundle.getBundleContext().getBundles()) {
            if (id.equals(bundle.getHeaders("").get(ModuleHeaders.MODULE)) && bundle.getHeaders("").get(ModuleHeaders.MODULE_NAME) != null) {
                return bundle.getHeaders("").get(ModuleHeaders.MODULE_NAME);
            }
        }
        return id;
    }

    /** The route up to its first parameter: {@code sales/leads/:id?} is {@code sales/leads}. */
    static String staticPart(String route) {
        StringBuilder part = new StringBuilder();
        for (String segment : route.split("/")) {
            if (segment.isEmpty() || segment.startsWith(":")) {
                break;
            }
            part.append(part.length() == 0 ? "" : "/").append(segment);
        }
        return part.toString();
    }
}
