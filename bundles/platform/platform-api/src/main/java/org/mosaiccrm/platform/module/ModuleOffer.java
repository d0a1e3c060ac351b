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
 * @param installedVersion the version installed, empty when not installed; older than
 *                    {@code version} when an update is offered
 * @param schema      how far the module's tables are migrated (also after an uninstall, until purged)
 * @param enhances    ids of the modules it works with when they are installed, without needing them
 *                    (its feature's {@code <conditional>} parts on their features)
 */
public record ModuleOffer(String id, String feature, String version, String description, boolean installed,
        boolean core, List<String> requires, String installedVersion, ModuleSchema schema, List<String> enhances) {

    public ModuleOffer {
        requires = List.copyOf(requires);
        installedVersion = installedVersion == null ? "" : installedVersion;
        schema = schema == null ? ModuleSchema.NONE : schema;
        enhances = List.copyOf(enhances);
    }

    /** An offer that enhances no other module. */
    public ModuleOffer(String id, String feature, String version, String description, boolean installed,
            boolean core, List<String> requires, String installedVersion, ModuleSchema schema) {
        this(id, feature, version, description, installed, core, requires, installedVersion, schema, List.of());
    }

    /** An offer without installed version or schema. */
    public ModuleOffer(String id, String feature, String version, String description, boolean installed,
            boolean core, List<String> requires) {
        this(id, feature, version, description, installed, core, requires, installed ? version : "", ModuleSchema.NONE);
    }

    /** Whether a newer version than the installed one is offered. */
    public boolean updatable() {
        return installed && !installedVersion.isEmpty() && !installedVersion.equals(version);
    }
}
