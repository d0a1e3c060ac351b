package org.mosaiccrm.platform.csv;

import java.util.Map;

import org.mosaiccrm.platform.security.Subject;

/**
 * An import about to start, as its {@link ImportDefinition} is asked for the rows' handler.
 *
 * @param subject  who imports (the rows are written as this user)
 * @param jobId    the import's id, for the module's audit entries
 * @param fileName the name the file was uploaded with
 * @param mapping  the column index for each field name to fill
 * @param policy   what to do with duplicates; one of the definition's, or null where it offers none
 * @since 2.1
 */
public record ImportRequest(Subject subject, String jobId, String fileName, Map<String, Integer> mapping,
        DuplicatePolicy policy) {

    public ImportRequest {
        mapping = Map.copyOf(mapping);
    }
}
