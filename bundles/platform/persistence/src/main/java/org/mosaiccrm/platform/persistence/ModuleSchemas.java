package org.mosaiccrm.platform.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What operators do with a module's tables outside the module's own life cycle: check a new
 * version's migration before it is installed, read how far a schema is migrated, and purge the
 * tables of a module that is no longer installed. No permission check here: the module manager
 * checks its callers.
 */
@ProviderType
public interface ModuleSchemas {

    /**
     * Applies the unit's pending change sets in a transaction that is then rolled back: whether
     * the migration would succeed now, and what it would apply. Changes nothing.
     */
    SchemaCheck check(PersistenceUnit unit);

    /** The change sets applied so far to the module's schema; none when it never had one. */
    SchemaHistory history(String moduleId);

    /** The tables and sequences the unit's changelog creates, in the order a purge drops them. */
    java.util.List<String> objects(PersistenceUnit unit);

    /**
     * Backs the database up, then drops the tables and sequences the unit's changelog creates and
     * the module's migration history, in one transaction. The module must not be installed.
     *
     * @throws MigrationException when the backup or the drop fails; then nothing is dropped
     */
    SchemaPurge purge(PersistenceUnit unit);
}
