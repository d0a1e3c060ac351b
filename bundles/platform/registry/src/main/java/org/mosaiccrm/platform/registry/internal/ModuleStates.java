package org.mosaiccrm.platform.registry.internal;

import java.util.List;

import org.mosaiccrm.platform.module.ModuleDescriptor;
import org.mosaiccrm.platform.module.ModuleHeaders;
import org.mosaiccrm.platform.module.ModuleState;
import org.mosaiccrm.platform.module.ModuleStatus;
import org.osgi.framework.Bundle;

/** Derives a module's descriptor and state from the bundles that make it up. */
final class ModuleStates {

    private ModuleStates() {
    }

    static String moduleIdOf(Bundle bundle) {
        String id = bundle.getHeaders("").get(ModuleHeaders.MODULE);
        return id == null || id.isBlank() ? null : id.trim();
    }

    static ModuleStatus statusOf(String id, List<Bundle> bundles, String failure) {
        Bundle lead = bundles.get(0);
        var headers = lead.getHeaders("");
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders("").get(ModuleHeaders.MODULE_NAME) != null) {
                lead = bundle;
                headers = bundle.getHeaders("");
                break;
            }
        }
        ModuleDescriptor descriptor = new ModuleDescriptor(id, headers.get(ModuleHeaders.MODULE_NAME),
                lead.getVersion().toString(), headers.get(ModuleHeaders.MODULE_DESCRIPTION),
                headers.get(ModuleHeaders.MODULE_ICON));
        List<String> names = bundles.stream().map(Bundle::getSymbolicName).toList();
        ModuleState state = stateOf(bundles);
        String problem = "";
        if (state == ModuleState.UNRESOLVED) {
            problem = "A bundle cannot resolve: " + bundles.stream()
                    .filter(b -> b.getState() == Bundle.INSTALLED).map(Bundle::getSymbolicName).toList();
        } else if (failure != null && state == ModuleState.ACTIVE) {
            state = ModuleState.FAILED;
            problem = failure;
        }
        return new ModuleStatus(descriptor, state, problem, names);
    }

    static ModuleState stateOf(List<Bundle> bundles) {
        ModuleState worst = ModuleState.ACTIVE;
        for (Bundle bundle : bundles) {
            ModuleState state = switch (bundle.getState()) {
                case Bundle.INSTALLED -> ModuleState.UNRESOLVED;
                case Bundle.RESOLVED -> ModuleState.STOPPED;
                case Bundle.STARTING, Bundle.STOPPING -> ModuleState.STARTING;
                default -> ModuleState.ACTIVE;
            };
            if (state.ordinal() < worst.ordinal()) {
                worst = state;
            }
        }
        return worst;
    }
}
