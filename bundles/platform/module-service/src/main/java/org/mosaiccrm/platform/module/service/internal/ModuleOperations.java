package org.mosaiccrm.platform.module.service.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.FeaturesService;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.module.ModulePurgeParticipant;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleSchema;
import org.mosaiccrm.platform.module.ModuleState;
import org.mosaiccrm.platform.module.ModuleStatus;
import org.mosaiccrm.platform.persistence.ModuleSchemas;
import org.mosaiccrm.platform.persistence.SchemaCheck;
import org.mosaiccrm.platform.persistence.SchemaHistory;
import org.osgi.framework.BundleContext;
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

    /** How long a new version may take to report its start (its migration runs then). */
    private static final long START_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(30);

    private final Logger logger = LoggerFactory.getLogger(ModuleOperations.class);

    private final FeaturesService features;
    private final ModuleRegistry registry;
    private final ModuleChangelogs changelogs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog auditLog;

    /** Absent while the database is unreachable: then schemas are unknown and updates and purges are refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModuleSchemas schemas;

    /** What platform services keep for modules outside their tables: purged with them. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ModulePurgeParticipant> purgeParticipants = new CopyOnWriteArrayList<>();

    @Activate
    public ModuleOperations(@Reference FeaturesService features, @Reference ModuleRegistry registry,
            BundleContext context) {
        this.features = features;
        this.registry = registry;
        this.changelogs = new ModuleChangelogs(context);
    }

    public List<ModuleOffer> modules() {
        FeatureModules modules = snapshot();
        return modules.all().stream().map(module -> modules.offer(module, schema(modules, module))).toList();
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
        return switch (change) {
        case INSTALL -> planInstall(modules, module);
        case UNINSTALL -> planUninstall(modules, module);
        case UPDATE -> planUpdate(modules, module);
        case PURGE -> planPurge(modules, module);
        };
    }

    private ModulePlan planInstall(FeatureModules modules, FeatureModules.Module module) {
        List<String> pulledIn = modules.required(module).stream().filter(m -> !modules.installed(m))
                .map(FeatureModules.Module::id).toList();
        String version = module.feature().getVersion();
        Optional<FeatureModules.Module> installed = modules.installedVersion(module.id());
        if (installed.isPresent()) {
            String installedVersion = installed.get().feature().getVersion();
            return new ModulePlan(module.id(), ModuleChange.INSTALL, pulledIn, List.of(), "Module '" + module.id()
                    + "' is already installed (version " + installedVersion + ")"
                    + (installedVersion.equals(version) ? "." : "; update it to " + version + " instead."),
                    installedVersion, version, List.of(), List.of());
        }
        String problem = simulate(module, EnumSet.of(FeaturesService.Option.Simulate));
        MigrationTrial trial = problem.isEmpty() ? tryMigration(module) : MigrationTrial.NONE;
        return new ModulePlan(module.id(), ModuleChange.INSTALL, pulledIn, List.of(),
                problem.isEmpty() ? trial.problem() : problem, "", version, trial.pending(), List.of());
    }

    private ModulePlan planUpdate(FeatureModules modules, FeatureModules.Module module) {
        String version = module.feature().getVersion();
        Optional<FeatureModules.Module> installed = modules.installedVersion(module.id());
        String from = installed.map(m -> m.feature().getVersion()).orElse("");
        String problem = "";
        MigrationTrial trial = MigrationTrial.NONE;
        if (installed.isEmpty()) {
            problem = "Module '" + module.id() + "' is not installed; install it instead.";
        } else if (FeatureModules.versionOf(installed.get().feature()).compareTo(FeatureModules.versionOf(module.feature())) >= 0) {
            problem = "Module '" + module.id() + "' is up to date (version " + from + ").";
        } else {
            problem = simulate(module, EnumSet.of(FeaturesService.Option.Simulate, FeaturesService.Option.Upgrade));
            if (problem.isEmpty()) {
                trial = tryMigration(module);
                problem = trial.problem().isEmpty() ? ""
                        : trial.problem() + " Nothing was changed; version " + from + " keeps running.";
            }
        }
        return new ModulePlan(module.id(), ModuleChange.UPDATE, List.of(), List.of(), problem, from, version,
                trial.pending(), List.of());
    }

    private ModulePlan planUninstall(FeatureModules modules, FeatureModules.Module module) {
        List<String> dependents = modules.dependents(module).stream().map(FeatureModules.Module::id).toList();
        Optional<FeatureModules.Module> installed = modules.installedVersion(module.id());
        String problem = "";
        if (installed.isEmpty()) {
            problem = "Module '" + module.id() + "' is not installed.";
        } else if (module.core()) {
            problem = "Module '" + module.id() + "' is part of the core and cannot be uninstalled.";
        } else if (!dependents.isEmpty()) {
            problem = "Uninstall " + String.join(", ", dependents) + " first: " + (dependents.size() == 1 ? "it needs" : "they need")
                    + " module '" + module.id() + "'.";
        }
        String from = installed.map(m -> m.feature().getVersion()).orElse("");
        return new ModulePlan(module.id(), ModuleChange.UNINSTALL, List.of(), dependents, problem, from, "", List.of(), List.of());
    }

    private ModulePlan planPurge(FeatureModules modules, FeatureModules.Module module) {
        String problem = "";
        List<String> tables = List.of();
        Optional<ModuleChangelogs.Changelog> changelog = changelogs.of(module.feature());
        ModuleSchemas current = schemas;
        if (module.core()) {
            problem = "Module '" + module.id() + "' is part of the core; its tables cannot be removed.";
        } else if (modules.installed(module)) {
            problem = "Module '" + module.id() + "' is installed; uninstall it first.";
        } else if (changelog.isEmpty()) {
            problem = "Module '" + module.id() + "' has no tables.";
        } else if (current == null) {
            problem = "The database is not available.";
        } else if (!current.history(changelog.get().moduleId()).exists()) {
            problem = "Module '" + module.id() + "' has no tables in this database.";
        } else {
            tables = changelogs.withUnit(changelog.get(), current::objects);
        }
        return new ModulePlan(module.id(), ModuleChange.PURGE, List.of(), List.of(), problem, "", "", List.of(), tables);
    }

    /** The resolver's verdict on installing the module's feature with {@code options}; empty when it agrees. */
    private String simulate(FeatureModules.Module module, EnumSet<FeaturesService.Option> options) {
        try { // the resolver decides with everything installed as it is: nothing changes
            features.installFeature(module.feature().getName(), module.feature().getVersion(), options);
            return "";
        } catch (Exception refused) {
            logger.info("Module {} {} cannot be installed: {}", module.id(), module.feature().getVersion(), refused.getMessage());
            return ResolutionProblems.inPlainWords(refused);
        }
    }

    /** What a trial migration found: the change sets it would apply, or why it fails. */
    private record MigrationTrial(List<String> pending, String problem) {
        static final MigrationTrial NONE = new MigrationTrial(List.of(), "");
    }

    private MigrationTrial tryMigration(FeatureModules.Module module) {
        Optional<ModuleChangelogs.Changelog> changelog;
        try {
            changelog = changelogs.of(module.feature());
        } catch (RuntimeException unreadable) {
            return new MigrationTrial(List.of(), unreadable.getMessage());
        }
        if (changelog.isEmpty()) {
            return MigrationTrial.NONE;
        }
        ModuleSchemas current = schemas;
        if (current == null) {
            return new MigrationTrial(List.of(), "The database is not available, so the module's migration cannot be tried.");
        }
        SchemaCheck check = changelogs.withUnit(changelog.get(), current::check);
        return check.succeeds() ? new MigrationTrial(check.pending(), "")
                : new MigrationTrial(List.of(), "Version " + module.feature().getVersion() + " cannot migrate the database: "
                        + check.problem().replaceFirst("^Database migration of module '[^']+' failed: ", "") + ".");
    }

    private ModuleSchema schema(FeatureModules modules, FeatureModules.Module module) {
        ModuleSchemas current = schemas;
        if (current == null) {
            return ModuleSchema.NONE;
        }
        try {
            FeatureModules.Module version = modules.installedVersion(module.id()).orElse(module);
            return changelogs.of(version.feature()).map(changelog -> {
                SchemaHistory history = current.history(changelog.moduleId());
                return new ModuleSchema(history.applied(), history.lastChangeSet(), history.lastApplied());
            }).orElse(ModuleSchema.NONE);
        } catch (RuntimeException unknown) {
            logger.debug("Schema of module {} unknown: {}", module.id(), unknown.getMessage());
            return ModuleSchema.NONE;
        }
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
        String version = change == ModuleChange.UNINSTALL ? plan.fromVersion() : module.feature().getVersion();
        logger.info("{} module {} (feature {}/{}) via {}", change, moduleId, feature, version, via);
        try {
            switch (change) {
            case INSTALL -> features.installFeature(feature, version, EnumSet.noneOf(FeaturesService.Option.class));
            case UNINSTALL -> features.uninstallFeature(feature, version, EnumSet.noneOf(FeaturesService.Option.class));
            case UPDATE -> update(module, plan);
            case PURGE -> purge(module, plan);
            }
        } catch (ModuleChangeException failed) {
            audit(change, moduleId, version, via, "failed: " + failed.getMessage());
            throw failed;
        } catch (Exception failed) {
            logger.error("{} of module {} failed", change, moduleId, failed);
            audit(change, moduleId, version, via, "failed: " + failed.getMessage());
            throw new ModuleChangeException(ResolutionProblems.inPlainWords(failed), failed);
        }
        audit(change, moduleId, version, via, "done" + (plan.fromVersion().isEmpty() ? "" : " (from " + plan.fromVersion() + ")"));
        return plan;
    }

    /**
     * Installs the new version in place of the old. Its migration was tried; should it fail all the
     * same (data changed meanwhile), the old version is put back, on the tables as it left them.
     */
    private void update(FeatureModules.Module module, ModulePlan plan) throws Exception {
        String feature = module.feature().getName();
        features.installFeature(feature, plan.toVersion(), EnumSet.of(FeaturesService.Option.Upgrade));
        Optional<ModuleStatus> started = awaitStart(module.id());
        if (started.isPresent() && started.get().state() == ModuleState.FAILED) {
            String reason = started.get().problem();
            logger.error("Module {} {} failed to start ({}); putting {} back", module.id(), plan.toVersion(), reason,
                    plan.fromVersion());
            features.installFeature(feature, plan.fromVersion(), EnumSet.of(FeaturesService.Option.Upgrade));
            registry.clearFailure(module.id());
            throw new ModuleChangeException("Version " + plan.toVersion() + " failed to start: " + reason + " Version "
                    + plan.fromVersion() + " is running again.");
        }
    }

    private Optional<ModuleStatus> awaitStart(String moduleId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        Optional<ModuleStatus> status = registry.module(moduleId);
        while (System.currentTimeMillis() < deadline
                && (status.isEmpty() || status.get().state() == ModuleState.STARTING || status.get().state() == ModuleState.STOPPED)) {
            Thread.sleep(100);
            status = registry.module(moduleId);
        }
        return status;
    }

    private void purge(FeatureModules.Module module, ModulePlan plan) {
        ModuleSchemas current = schemas;
        ModuleChangelogs.Changelog changelog = changelogs.of(module.feature()).orElseThrow();
        try {
            var purge = changelogs.withUnit(changelog, current::purge);
            logger.info("Module {}: tables {} removed; backup in {}", module.id(), purge.dropped(), purge.backup());
            purgeOutsideTables(module.id(), Path.of(purge.backup()));
        } catch (RuntimeException failed) {
            throw new ModuleChangeException(failed.getMessage(), failed);
        }
    }

    /** Each participant is asked, even when one before it failed: what can be removed, is. */
    private void purgeOutsideTables(String moduleId, Path backup) {
        List<String> failures = new ArrayList<>();
        for (ModulePurgeParticipant participant : purgeParticipants) {
            try {
                String removed = participant.purge(moduleId, backup);
                if (!removed.isEmpty()) {
                    logger.info("Module {}: {} removed; copied to {}", moduleId, removed, backup);
                }
            } catch (RuntimeException failed) {
                logger.error("Module {}: {} could not remove its data", moduleId, participant.getClass().getName(), failed);
                failures.add(failed.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new ModuleChangeException("The tables of module '" + moduleId + "' were removed, but not all of its other data: "
                    + String.join("; ", failures));
        }
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
