package org.mosaiccrm.platform.csv;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a module imports from CSV files, registered as an OSGi service: the platform's {@link Imports}
 * (upload, encodings, preview, background run in batches, progress, rejected rows) and the host's
 * import wizard are built from it. The module's row handler checks and writes the rows; the service
 * ends the module's running imports when its definition goes (the module is stopped or uninstalled).
 *
 * @since 2.1
 */
@ConsumerType
public interface ImportDefinition {

    /** Unique among modules, prefixed by the module's area ({@code "notes.note"}). */
    String id();

    /** The permission needed to use this import at all. */
    String permission();

    /** The fields a column can fill, in the order the mapping step shows them. */
    List<ImportField> fields();

    /** The duplicate policies the user chooses from, the default first; none: the module's own rule alone. */
    default List<DuplicatePolicy> duplicatePolicies() {
        return List.of();
    }

    /**
     * The i18n key of the duplicate question; each answer's label is this key, a dot and the policy's
     * name ({@code import.policy.SKIP}). Null when there is no choice.
     */
    default String duplicatePolicyKey() {
        return null;
    }

    /**
     * The handler of an import's rows, made when it starts, on the caller's thread: check here what
     * the settings must satisfy (a required field mapped, a permission for a mapped field).
     *
     * @throws CsvFileException when the import cannot start as asked (an i18n key)
     */
    CsvRowHandler<?> rows(ImportRequest request);
}
