package org.mosaiccrm.platform.module.service.internal;

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

import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Conditional;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModuleSchema;
import org.osgi.framework.Version;

/**
 * The modules among the features of the configured repositories: a feature is a module when it
 * declares the {@link ModuleManager#CAPABILITY} capability; the capability's attribute of that name
 * is the module id, {@code core=true} marks a module that cannot be removed. Repositories may offer
 * several versions of a module; the newest is the one to install or update to. A snapshot: read it,
 * then decide.
 */
final class FeatureModules {

    /** A module's feature and how it is marked. */
    record Module(String id, Feature feature, boolean core) {
    }

    private final FeaturesService features;
    /** The newest version of each module. */
    private final Map<String, Module> byId = new LinkedHashMap<>();
    private final Map<String, Module> byFeature = new LinkedHashMap<>();
    /** The installed version of each installed module. */
    private final Map<String, Module> installedById = new LinkedHashMap<>();

    FeatureModules(FeaturesService features) throws Exception {
        this.features = features;
        Feature[] all = features.listFeatures();
        Arrays.sort(all, Comparator.comparing(Feature::getName).thenComparing(FeatureModules::versionOf));
        for (Feature feature : all) {
            moduleOf(feature).ifPresent(module -> {
                byId.put(module.id(), module);
                byFeature.put(feature.getName(), module);
                if (features.isInstalled(feature)) {
                    installedById.put(module.id(), module);
                }
            });
        }
    }

    static Version versionOf(Feature feature) {
        try {
            return Version.parseVersion(feature.getVersion().replace('-', '.'));
        } catch (IllegalArgumentException unusual) {
            return Version.emptyVersion;
        }
    }

    static Optional<Module> moduleOf(Feature feature) {
        for (Capability capability : feature.getCapabilities()) {
            Optional<String> id = ModuleCapability.idOf(capability.getValue());
            if (id.isPresent()) {
                return Optional.of(new Module(id.get(), feature, ModuleCapability.core(capability.getValue())));
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

    /** Whether some version of the module is installed. */
    boolean installed(Module module) {
        return installedById.containsKey(module.id());
    }

    /** The version of the module that is installed. */
    Optional<Module> installedVersion(String id) {
        return Optional.ofNullable(installedById.get(id));
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

    /** The other modules {@code module} adds to when they are installed: conditions of its conditional parts. */
    List<Module> enhanced(Module module) {
        Set<Module> enhanced = new LinkedHashSet<>();
        for (Conditional conditional : module.feature().getConditional()) {
            for (String condition : conditional.getCondition()) {
                Module other = byFeature.get(condition.strip().split("/", 2)[0]);
                if (other != null && !other.id().equals(module.id())) {
                    enhanced.add(other);
                }
            }
        }
        return List.copyOf(enhanced);
    }

    /** Installed modules that need {@code module}. */
    List<Module> dependents(Module module) {
        return all().stream().filter(other -> other != module && installed(other)
                && required(other).stream().anyMatch(needed -> needed.id().equals(module.id())))
                .toList();
    }

    ModuleOffer offer(Module module, ModuleSchema schema) {
        return new ModuleOffer(module.id(), module.feature().getName(), module.feature().getVersion(),
                module.feature().getDescription() == null ? "" : module.feature().getDescription(), installed(module),
                module.core(), required(module).stream().map(Module::id).toList(),
                installedVersion(module.id()).map(m -> m.feature().getVersion()).orElse(""), schema,
                enhanced(module).stream().map(Module::id).toList());
    }

    private Feature feature(String name) {
        try {
            return features.getFeature(name);
        } catch (Exception e) {
            return null;
        }
    }
}
