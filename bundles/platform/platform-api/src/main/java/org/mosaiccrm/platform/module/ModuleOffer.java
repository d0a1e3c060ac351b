package org.mosaiccrm.platform.module;

import java.util.List;

/**
 * A module as the feature repositories offer it.
 *
 * @param id          module id, e.g. {@code notes}
 * @param feature     the Karaf feature that installs it
 * @param version     the feature's version
 * @param description the feature's description
 * @param installed   whether it is installed in this node
 * @param core        whether it is part of the core and cannot be uninstalled
 * @param requires    ids of the other modules it needs
 */
public record ModuleOffer(String id, String feature, String version, String description, boolean installed,
        boolean core, List<String> requires) {

    public ModuleOffer {
        requires = List.copyOf(requires);
    }
}
