package org.mosaiccrm.platform.module;

import java.util.List;

/**
 * What a module change would do.
 *
 * @param moduleId   the module
 * @param change     install or uninstall
 * @param pulledIn   for an install: modules it needs that are not installed and come with it
 * @param dependents for an uninstall: installed modules that need it (the change is refused while any remain)
 * @param problem    empty when the change can be made, else why not, in plain words
 */
public record ModulePlan(String moduleId, ModuleChange change, List<String> pulledIn, List<String> dependents,
        String problem) {

    public ModulePlan {
        pulledIn = List.copyOf(pulledIn);
        dependents = List.copyOf(dependents);
        problem = problem == null ? "" : problem;
    }

    public boolean possible() {
        return problem.isEmpty();
    }
}
