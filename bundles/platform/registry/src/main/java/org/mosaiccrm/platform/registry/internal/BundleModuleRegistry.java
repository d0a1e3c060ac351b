package org.mosaiccrm.platform.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ReferencePolicy;
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

    /**
     * Module installs, updates and removals go to the audit log. It is looked up when needed, not
     * injected: the audit log's own activation needs this registry (module databases report
     * migrations here), and injecting it would make a cycle that SCR refuses. While it is away
     * (first start, before the security module) events wait here.
     */
    private static final int MAX_PENDING_AUDIT = 1_000;
    private final List<AuditEvent> pendingAudit = new ArrayList<>();
    private final BundleContext context;
    private final ServiceListener auditLogArrival;

    @Activate
    public BundleModuleRegistry(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        // written from another thread: getting the service inside its registration event is the cycle again
        this.auditLogArrival = event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                CompletableFuture.runAsync(() -> audit(List.of()));
            }
        };
        context.addServiceListener(auditLogArrival, "(objectClass=" + AuditLog.class.getName() + ")");
        int allStates = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        tracker = new BundleTracker<>(context, allStates, new ModuleBundleCustomizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(auditLogArrival);
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
        audit(List.of(new AuditEvent(AuditEvent.MODULE, action, ModuleStates.moduleIdOf(bundle), "Bundle",
                bundle.getSymbolicName(), List.of(new FieldChange("version", null, bundle.getVersion().toString())))));
    }

    /** Writes what waits and {@code events}, or keeps them waiting while there is no audit log. */
    private void audit(List<AuditEvent> events) {
        synchronized (pendingAudit) {
            pendingAudit.addAll(events);
            if (pendingAudit.isEmpty()) {
                return;
            }
            ServiceReference<AuditLog> reference;
            try {
                reference = context.getServiceReference(AuditLog.class);
            } catch (IllegalStateException stopping) {
                return;
            }
            AuditLog log = reference == null ? null : context.getService(reference);
            if (log == null) {
                while (pendingAudit.size() > MAX_PENDING_AUDIT) {
                    logger.warn("Audit log unavailable, not audited: {}", pendingAudit.remove(0));
                }
                return;
            }
            try {
                log.recordAll(List.copyOf(pendingAudit));
                pendingAudit.clear();
            } catch (RuntimeException e) {
                logger.error("Could not audit module changes {}", pendingAudit, e);
                pendingAudit.clear();
            } finally {
                context.ungetService(reference);
            }
        }
    }
}
