package org.mosaiccrm.platform.persistence.internal;

import java.io.File;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.persistence.MigrationException;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.SqlDialect;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens module databases on the platform DataSource ({@code osgi.jndi.service.name=crmds}, from
 * {@code etc/org.ops4j.datasource-crm.cfg}). Factories still open when this component goes away
 * are closed so no module class loader stays referenced.
 */
@Component(service = ModuleDatabases.class)
public class DataSourceModuleDatabases implements ModuleDatabases {

    private final Logger logger = LoggerFactory.getLogger(DataSourceModuleDatabases.class);

    private final DataSource dataSource;
    private final ModuleRegistry moduleRegistry;
    private final SchemaStamps stamps;
    private final Set<ModuleDatabase> open = ConcurrentHashMap.newKeySet();

    @Activate
    public DataSourceModuleDatabases(@Reference(target = "(osgi.jndi.service.name=crmds)") DataSource dataSource,
            @Reference ModuleRegistry moduleRegistry) {
        this(dataSource, moduleRegistry, stampsOfThisBundle());
    }

    /** With the given schema stamps (tests; in OSGi they live in this bundle's data folder). */
    DataSourceModuleDatabases(DataSource dataSource, ModuleRegistry moduleRegistry, SchemaStamps stamps) {
        this.dataSource = dataSource;
        this.moduleRegistry = moduleRegistry;
        this.stamps = stamps;
        bootDatabase();
    }

    private static SchemaStamps stampsOfThisBundle() {
        Bundle bundle = FrameworkUtil.getBundle(DataSourceModuleDatabases.class);
        File folder = bundle == null || bundle.getBundleContext() == null ? null
                : bundle.getBundleContext().getDataFile("schema-stamps");
        return folder == null ? SchemaStamps.inThisProcess() : SchemaStamps.in(folder.toPath());
    }

    /**
     * Opens the first connection here, with only platform code on the stack. Embedded Derby boots
     * on its first connection and keeps objects made then (an exception with its stack trace among
     * them); had a module's activation made that first connection, they would pin the module's
     * class loader forever.
     */
    private void bootDatabase() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            logger.info("Database ready: {} {}", connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (java.sql.SQLException e) {
            // Modules will report the failure when they open their database.
            logger.error("Database not reachable: {}", e.getMessage());
        }
    }

    @Override
    public ModuleDatabase open(PersistenceUnit unit) {
        long start = System.nanoTime();
        try {
            new LiquibaseMigrator(dataSource, stamps).migrate(unit);
        } catch (MigrationException e) {
            moduleRegistry.reportFailure(unit.moduleId(), e.getMessage());
            throw e;
        }
        long migrated = System.nanoTime();
        EntityManagerFactory factory;
        try {
            factory = new PersistenceProvider().createContainerEntityManagerFactory(
                    new ModulePersistenceUnitInfo(unit, dataSource, jpaProperties(unit, dialect())), Map.of());
            // Build the metadata now, so mapping errors surface at module start, not at first use.
            factory.createEntityManager().close();
        } catch (RuntimeException e) {
            String reason = "Database of module '" + unit.moduleId() + "' cannot be opened: "
                    + LiquibaseMigrator.rootMessage(e);
            moduleRegistry.reportFailure(unit.moduleId(), reason);
            throw new IllegalStateException(reason, e);
        }
        moduleRegistry.clearFailure(unit.moduleId());
        JpaModuleDatabase database = new JpaModuleDatabase(unit.moduleId(), factory, () -> { });
        open.add(database);
        long opened = System.nanoTime();
        // the boot profile of the platform benchmark reads this line (karaf-assembly/src/bench)
        logger.info("Module '{}': database open in {} ms (schema check {} ms, EntityManagerFactory {} ms)",
                unit.moduleId(), (opened - start) / 1_000_000, (migrated - start) / 1_000_000, (opened - migrated) / 1_000_000);
        return new TrackedModuleDatabase(database, open);
    }

    @Deactivate
    void deactivate() {
        open.forEach(ModuleDatabase::close);
        open.clear();
    }

    /** Read once per module opened: a DataSource re-registered for another database gives new modules the new one. */
    private SqlDialect dialect() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return SqlDialect.ofProduct(connection.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Database not reachable: " + e.getMessage(), e);
        }
    }

    private static Properties jpaProperties(PersistenceUnit unit, SqlDialect dialect) {
        Properties properties = new Properties();
        properties.put(SqlDialect.PROPERTY, dialect.name());
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // EclipseLink would otherwise print to the Karaf console.
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        // On Derby EclipseLink cannot bind the OFFSET/FETCH of a paged query; without this it then
        // prints every value of the query as a literal: a new statement to compile per page, and
        // plans chosen for one literal (a table scan and sort for a key early in the alphabet).
        properties.put(PersistenceUnitProperties.JDBC_ALLOW_PARTIAL_PARAMETERS, "true");
        properties.put(PersistenceUnitProperties.CLASSLOADER, unit.classLoader());
        properties.put(PersistenceUnitProperties.SESSION_NAME, "mosaic-" + unit.moduleId());
        return properties;
    }
}
