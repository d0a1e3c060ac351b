package org.mosaiccrm.platform.modules.internal.shell;

import java.util.NoSuchElementException;

import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.modules.internal.ModuleOperations;

/** Install and uninstall alike: say the plan, refuse in plain words or carry it out. */
abstract class ModuleChangeCommand {

    static Object change(ModuleOperations operations, String moduleId, ModuleChange change) {
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
        if (!plan.possible()) {
            System.err.println("Refused: " + plan.problem());
            return null;
        }
        try {
            operations.apply(moduleId, change, "console");
            System.out.println(change == ModuleChange.INSTALL ? "Installed " + moduleId
                    : "Uninstalled " + moduleId + " (its data is kept)");
        } catch (ModuleChangeException failed) {
            System.err.println("Failed: " + failed.getMessage());
        }
        return null;
    }
}
