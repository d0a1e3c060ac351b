package org.mosaiccrm.platform.persistence;

import java.util.List;

/**
 * What a purge removed.
 *
 * @param moduleId the module
 * @param dropped  the tables and sequences dropped, history tables included
 * @param backup   where the backup taken before was written
 */
public record SchemaPurge(String moduleId, List<String> dropped, String backup) {

    public SchemaPurge {
        dropped = List.copyOf(dropped);
    }
}
