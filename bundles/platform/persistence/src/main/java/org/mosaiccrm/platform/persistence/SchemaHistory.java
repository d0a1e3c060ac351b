package org.mosaiccrm.platform.persistence;

import java.time.Instant;

/**
 * How far a module's schema is migrated.
 *
 * @param moduleId      the module
 * @param applied       number of change sets applied; 0 when the module never had a schema
 * @param lastChangeSet the last applied change set ({@code author:id}), empty when none
 * @param lastApplied   when it was applied, {@code null} when none
 */
public record SchemaHistory(String moduleId, int applied, String lastChangeSet, Instant lastApplied) {

    public SchemaHistory {
        lastChangeSet = lastChangeSet == null ? "" : lastChangeSet;
    }

    public boolean exists() {
        return applied > 0;
    }
}
