package org.mosaiccrm.platform.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.module.ModuleHeaders;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds modules by the {@link ModuleHeaders#MODULE} header of installed bundles and derives each
 * module's state from its bundles and from failures the module reported.
 */
@Component(service = ModuleRegistry.class)
public class BundleModuleRegistry implements ModuleRegistry {

    private final Logger logger = LoggerFactory.getLogger(BundleModuleRegistry.class);

    private final Map<Long, Bundle> moduleBundles = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final BundleTracker<Bundle> tracker;

    /** Module installs, updates and removals go to the audit log once the security module runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog auditLog;

    @Activate
    public BundleModuleRegistry(BundleContext context) {
        int allStates = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        tracker = new BundleTracker<>(context, allStates, new ModuleBundleCustomizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<ModuleStatus> modules() {
        Map<String, List<Bundle>> byModule = new TreeMap<>();
        for (Bundle bundle : moduleBundles.values()) {
            byModule.computeIfAbsent(ModuleStates.moduleIdOf(bundle), id -> new ArrayList<>()).add(bundle);
        }
        List<ModuleStatus> result = new ArrayList<>();
        byModule.forEach((id, bundles) -> {
            bundles.sort(Comparator.comparing(Bundle::getSymbolicName));
            result.add(ModuleStates.statusOf(id, bundles, failures.get(id)));
        });
        return result;
    }

    @Override
    public Optional<ModuleStatus> module(String id) {
        return modules().stream().filter(m -> m.descriptor().id().equals(id)).findFirst();
    }

    @Override
    public void reportFailure(String moduleId, String reason) {
        logger.error("Module '{}' is out of service: {}", moduleId, reason);
        failures.put(moduleId, reason);
    }

    @Override
    public void clearFailure(String moduleId) {
        if (failures.remove(moduleId) != null) {
            logger.info("Module '{}' recovered", moduleId);
        }
    }

    private final class ModuleBundleCustomizer implements BundleTrackerCustomizer<Bundle> {

        @Override
        public Bundle addingBundle(Bundle bundle, BundleEvent event) {
            if (ModuleStates.moduleIdOf(bundle) == null) {
                return null;
            }
            moduleBundles.put(bundle.getBundleId(), bundle);
            if (event != null && event.getType() == BundleEvent.INSTALLED) {
                audit("module.installed", bundle);
            }
            return bundle;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
            // state is read live from the bundle
            if (event != null && event.getType() == BundleEvent.UPDATED) {
                audit("module.updated", bundle);
            }
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
            moduleBundles.remove(bundle.getBundleId());
            if (event != null && event.getType() == BundleEvent.UNINSTALLED) {
                audit("module.uninstalled", bundle);
            }
            String moduleId = ModuleStates.moduleIdOf(bundle);
            boolean moduleGone = moduleBundles.values().stream()
                    .noneMatch(b -> moduleId.equals(ModuleStates.moduleIdOf(b)));
            if (moduleGone) {
                failures.remove(moduleId);
            }
        }
    }

    private void audit(String action, Bundle bundle) {
        AuditLog log = auditLog;
        if (log == null) {
            return;
        }
        try {
            log.record(new AuditEvent(AuditEvent.MODULE, action, ModuleStates.moduleIdOf(bundle), "Bundle",
                    bundle.getSymbolicName(), List.of(new FieldChange("version", null, bundle.getVersion().toString()))));
        } catch (RuntimeException e) {
            logger.error("Could not audit {} of {}", action, bundle.getSymbolicName(), e);
        }
    }
}
