package org.mosaiccrm.platform.module.service.internal.shell;

import java.util.NoSuchElementException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.module.service.internal.ModuleOperations;

/**
 * Every module change command alike: say the plan, refuse in plain words or carry it out. Karaf
 * injects the argument and the reference of this base class into each command.
 */
abstract class ModuleChangeCommand implements Action {

    @Argument(name = "module", description = "module id, as crm:modules lists it", required = true)
    String module;

    @Reference
    ModuleOperations operations;

    /** The change the command makes. */
    abstract ModuleChange change();

    @Override
    public Object execute() {
        return change(operations, module, change());
    }

    private static Object change(ModuleOperations operations, String moduleId, ModuleChange change) {
        ModulePlan plan;
        try {
            plan = operations.plan(moduleId, change);
        } catch (NoSuchElementException unknown) {
            System.err.println("Refused: " + unknown.getMessage() + " See crm:modules.");
            return null;
        }
        if (!plan.pulledIn().isEmpty()) {
            System.out.println("Also installs: " + String.join(", ", plan.pulledIn()));
        }
        if (!plan.migrations().isEmpty()) {
            System.out.println("Database changes: " + String.join(", ", plan.migrations()));
        }
        if (!plan.tables().isEmpty()) {
            System.out.println("Removes after a backup: " + String.join(", ", plan.tables()));
        }
        if (!plan.possible()) {
            System.err.println("Refused: " + plan.problem());
            return null;
        }
        try {
            operations.apply(moduleId, change, "console");
            System.out.println(switch (change) {
            case INSTALL -> "Installed " + moduleId + " " + plan.toVersion();
            case UNINSTALL -> "Uninstalled " + moduleId + " (its data is kept)";
            case UPDATE -> "Updated " + moduleId + " from " + plan.fromVersion() + " to " + plan.toVersion();
            case PURGE -> "Removed the tables of " + moduleId + "; the backup is in data/backups";
            });
        } catch (ModuleChangeException failed) {
            System.err.println("Failed: " + failed.getMessage());
        }
        return null;
    }
}
