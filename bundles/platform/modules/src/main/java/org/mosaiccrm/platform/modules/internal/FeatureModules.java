package org.mosaiccrm.platform.modules.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.osgi.framework.Version;

/**
 * The modules among the features of the configured repositories: a feature is a module when it
 * declares the {@link ModuleManager#CAPABILITY} capability; the capability's attribute of that name
 * is the module id, {@code core=true} marks a module that cannot be removed. A snapshot: read it,
 * then decide.
 */
final class FeatureModules {

    private static final Pattern ID = Pattern.compile(";\\s*" + Pattern.quote(ModuleManager.CAPABILITY)
            + "(?::String)?\\s*=\\s*\"?([A-Za-z0-9._-]+)\"?");
    private static final Pattern CORE = Pattern.compile(";\\s*core(?::Boolean)?\\s*=\\s*\"?true\"?");

    /** A module's feature and how it is marked. */
    record Module(String id, Feature feature, boolean core) {
    }

    private final FeaturesService features;
    private final Map<String, Module> byId = new LinkedHashMap<>();
    private final Map<String, Module> byFeature = new LinkedHashMap<>();

    FeatureModules(FeaturesService features) throws Exception {
        this.features = features;
        Feature[] all = features.listFeatures();
        // the newest version of each module feature
        Arrays.sort(all, Comparator.comparing(Feature::getName).thenComparing(FeatureModules::versionOf));
        for (Feature feature : all) {
            moduleOf(feature).ifPresent(module -> {
                byId.put(module.id(), module);
                byFeature.put(feature.getName(), module);
            });
        }
    }

    private static Version versionOf(Feature feature) {
        try {
            return Version.parseVersion(feature.getVersion().replace('-', '.'));
        } catch (IllegalArgumentException unusual) {
            return Version.emptyVersion;
        }
    }

    static Optional<Module> moduleOf(Feature feature) {
        for (Capability capability : feature.getCapabilities()) {
            String value = capability.getValue() == null ? "" : capability.getValue().strip();
            if (value.startsWith(ModuleManager.CAPABILITY + ";") || value.equals(ModuleManager.CAPABILITY)) {
                Matcher id = ID.matcher(value);
                if (id.find()) {
                    return Optional.of(new Module(id.group(1), feature, CORE.matcher(value).find()));
                }
            }
        }
        return Optional.empty();
    }

    Optional<Module> module(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Module> all() {
        return byId.values().stream().sorted(Comparator.comparing(Module::id)).toList();
    }

    boolean installed(Module module) {
        return features.isInstalled(module.feature());
    }

    /** The other modules {@code module} needs, directly or through other features. */
    List<Module> required(Module module) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<Feature> todo = new ArrayDeque<>(List.of(module.feature()));
        Set<Module> required = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Feature feature = todo.pop();
            for (Dependency dependency : feature.getDependencies()) {
                if (!seen.add(dependency.getName())) {
                    continue;
                }
                Module dependencyModule = byFeature.get(dependency.getName());
                if (dependencyModule != null && dependencyModule != module) {
                    required.add(dependencyModule);
                }
                Feature resolved = feature(dependency.getName());
                if (resolved != null) {
                    todo.push(resolved);
                }
            }
        }
        return List.copyOf(required);
    }

    /** Installed modules that need {@code module}. */
    List<Module> dependents(Module module) {
        return all().stream().filter(other -> other != module && installed(other) && required(other).contains(module))
                .toList();
    }

    ModuleOffer offer(Module module) {
        return new ModuleOffer(module.id(), module.feature().getName(), module.feature().getVersion(),
                module.feature().getDescription() == null ? "" : module.feature().getDescription(), installed(module),
                module.core(), required(module).stream().map(Module::id).toList());
    }

    private Feature feature(String name) {
        try {
            return features.getFeature(name);
        } catch (Exception e) {
            return null;
        }
    }
}
