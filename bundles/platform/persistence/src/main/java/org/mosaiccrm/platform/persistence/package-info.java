/**
 * Persistence for modules: each module opens its own {@link org.mosaiccrm.platform.persistence.ModuleDatabase}
 * (migrated by its Liquibase changelog, entities loaded by its own class loader) on the shared DataSource.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mosaiccrm.platform.persistence;
