/**
 * Persistence for modules: each module opens its own {@link org.mosaiccrm.platform.persistence.ModuleDatabase}
 * (migrated by its Liquibase changelog, entities loaded by its own class loader) on the shared DataSource;
 * helpers every module shares: record scope in queries (JPQL and, for lists over a team, native SQL), LIKE prefixes, gap-free document numbers,
 * the SQL dialect for what only one database understands.
 */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.mosaiccrm.platform.persistence;
