package org.mosaiccrm.platform.module;

import java.util.List;

/**
 * The state of one installed module.
 *
 * @param descriptor what the module is
 * @param state      its state
 * @param problem    a plain-words reason when not {@link ModuleState#ACTIVE}, else empty
 * @param bundles    symbolic names of the bundles that make up the module
 */
public record ModuleStatus(ModuleDescriptor descriptor, ModuleState state, String problem, List<String> bundles) {

    public ModuleStatus {
        problem = problem == null ? "" : problem;
        bundles = List.copyOf(bundles);
    }
}
