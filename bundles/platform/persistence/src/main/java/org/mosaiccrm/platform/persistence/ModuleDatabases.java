package org.mosaiccrm.platform.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens module databases on the platform's DataSource. A module calls {@link #open} from its
 * activation: the module's changelog is applied first; if that fails the module is reported
 * failed in the module registry and a {@link MigrationException} tells the module to stay out.
 */
@ProviderType
public interface ModuleDatabases {

    /**
     * Migrates the module's schema and opens its database.
     *
     * @throws MigrationException when the changelog cannot be applied; nothing of the failed
     *                            change set is kept
     */
    ModuleDatabase open(PersistenceUnit unit);
}
