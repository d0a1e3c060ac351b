package org.mosaiccrm.platform.modules.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.karaf.features.FeaturesService;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans and carries out module changes through Karaf's features service. No permission check:
 * {@link FeatureModuleManager} checks for users, and the shell commands serve the container's
 * operator, who may install features anyway. One change at a time.
 */
@Component(service = ModuleOperations.class)
public class ModuleOperations {

    private final Logger logger = LoggerFactory.getLogger(ModuleOperations.class);

    private final FeaturesService features;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog auditLog;

    @Activate
    public ModuleOperations(@Reference FeaturesService features) {
        this.features = features;
    }

    public List<ModuleOffer> modules() {
        FeatureModules modules = snapshot();
        return modules.all().stream().map(modules::offer).toList();
    }

    public ModulePlan plan(String moduleId, ModuleChange change) {
        FeatureModules modules = snapshot();
        return plan(modules, module(modules, moduleId), change);
    }

    private static FeatureModules.Module module(FeatureModules modules, String moduleId) {
        return modules.module(moduleId)
                .orElseThrow(() -> new NoSuchElementException("No module '" + moduleId + "' in the feature repositories."));
    }

    private ModulePlan plan(FeatureModules modules, FeatureModules.Module module, ModuleChange change) {
        return change == ModuleChange.INSTALL ? planInstall(modules, module) : planUninstall(modules, module);
    }

    private ModulePlan planInstall(FeatureModules modules, FeatureModules.Module module) {
        List<String> pulledIn = modules.required(module).stream().filter(m -> !modules.installed(m))
                .map(FeatureModules.Module::id).toList();
        if (modules.installed(module)) {
            return new ModulePlan(module.id(), ModuleChange.INSTALL, pulledIn, List.of(),
                    "Module '" + module.id() + "' is already installed.");
        }
        String problem = "";
        try { // the resolver decides with everything installed as it is: nothing changes
            features.installFeature(module.feature().getName(), module.feature().getVersion(),
                    EnumSet.of(FeaturesService.Option.Simulate));
        } catch (Exception refused) {
            logger.info("Module {} cannot be installed: {}", module.id(), refused.getMessage());
            problem = ResolutionProblems.inPlainWords(refused);
        }
        return new ModulePlan(module.id(), ModuleChange.INSTALL, pulledIn, List.of(), problem);
    }

    private ModulePlan planUninstall(FeatureModules modules, FeatureModules.Module module) {
        List<String> dependents = modules.dependents(module).stream().map(FeatureModules.Module::id).toList();
        String problem = "";
        if (!modules.installed(module)) {
            problem = "Module '" + module.id() + "' is not installed.";
        } else if (module.core()) {
            problem = "Module '" + module.id() + "' is part of the core and cannot be uninstalled.";
        } else if (!dependents.isEmpty()) {
            problem = "Uninstall " + String.join(", ", dependents) + " first: " + (dependents.size() == 1 ? "it needs" : "they need")
                    + " module '" + module.id() + "'.";
        }
        return new ModulePlan(module.id(), ModuleChange.UNINSTALL, List.of(), dependents, problem);
    }

    /**
     * Plans, then carries out a possible plan.
     *
     * @param via who asked, for the audit log when no user is signed in (the console)
     */
    public synchronized ModulePlan apply(String moduleId, ModuleChange change, String via) {
        FeatureModules modules = snapshot();
        FeatureModules.Module module = module(modules, moduleId);
        ModulePlan plan = plan(modules, module, change);
        if (!plan.possible()) {
            throw new ModuleChangeException(plan.problem());
        }
        String feature = module.feature().getName();
        String version = module.feature().getVersion();
        logger.info("{} module {} (feature {}/{}) via {}", change, moduleId, feature, version, via);
        try {
            if (change == ModuleChange.INSTALL) {
                features.installFeature(feature, version, EnumSet.noneOf(FeaturesService.Option.class));
            } else {
                features.uninstallFeature(feature, version, EnumSet.noneOf(FeaturesService.Option.class));
            }
        } catch (Exception failed) {
            logger.error("{} of module {} failed", change, moduleId, failed);
            audit(change, moduleId, version, via, "failed: " + failed.getMessage());
            throw new ModuleChangeException(ResolutionProblems.inPlainWords(failed), failed);
        }
        audit(change, moduleId, version, via, "done");
        return plan;
    }

    private void audit(ModuleChange change, String moduleId, String version, String via, String outcome) {
        AuditLog log = auditLog;
        if (log != null) {
            log.record(new AuditEvent(AuditEvent.MODULE, change.name(), moduleId, "Module", moduleId,
                    List.of(new FieldChange("version", null, version), new FieldChange("via", null, via),
                            new FieldChange("outcome", null, outcome))));
        }
    }

    private FeatureModules snapshot() {
        try {
            return new FeatureModules(features);
        } catch (Exception e) {
            throw new ModuleChangeException("The feature repositories cannot be read: " + e.getMessage(), e);
        }
    }
}
