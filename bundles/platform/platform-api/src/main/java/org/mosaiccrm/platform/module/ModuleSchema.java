package org.mosaiccrm.platform.module;

import java.time.Instant;

/**
 * How far a module's tables are migrated.
 *
 * @param applied       the number of database change sets applied; 0 when the module has no tables
 * @param lastChangeSet the last one applied ({@code author:id}), empty when none
 * @param lastApplied   when it was applied, {@code null} when none
 */
public record ModuleSchema(int applied, String lastChangeSet, Instant lastApplied) {

    /** A module without tables. */
    public static final ModuleSchema NONE = new ModuleSchema(0, "", null);

    public ModuleSchema {
        lastChangeSet = lastChangeSet == null ? "" : lastChangeSet;
    }

    public boolean exists() {
        return applied > 0;
    }
}
