package org.mosaiccrm.platform.module;

import java.util.List;

/**
 * What a module change would do.
 *
 * @param moduleId   the module
 * @param change     what is to change
 * @param pulledIn   for an install: modules it needs that are not installed and come with it
 * @param dependents for an uninstall: installed modules that need it (the change is refused while any remain)
 * @param problem    empty when the change can be made, else why not, in plain words
 * @param fromVersion the version installed now, empty when none
 * @param toVersion   the version installed after the change, empty when none
 * @param migrations  for an install or update: the database change sets the new version will apply
 * @param tables      for a purge: the tables and sequences that will be dropped
 */
public record ModulePlan(String moduleId, ModuleChange change, List<String> pulledIn, List<String> dependents,
        String problem, String fromVersion, String toVersion, List<String> migrations, List<String> tables) {

    public ModulePlan {
        pulledIn = List.copyOf(pulledIn);
        dependents = List.copyOf(dependents);
        problem = problem == null ? "" : problem;
        fromVersion = fromVersion == null ? "" : fromVersion;
        toVersion = toVersion == null ? "" : toVersion;
        migrations = List.copyOf(migrations);
        tables = List.copyOf(tables);
    }

    /** A plan without versions, migrations or tables. */
    public ModulePlan(String moduleId, ModuleChange change, List<String> pulledIn, List<String> dependents,
            String problem) {
        this(moduleId, change, pulledIn, dependents, problem, "", "", List.of(), List.of());
    }

    public boolean possible() {
        return problem.isEmpty();
    }
}
