package org.mosaiccrm.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.mosaiccrm.platform.persistence.MigrationException;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies a module's Liquibase changelog. Each module keeps its own history tables so modules
 * migrate independently; their names carry no underscore because Derby then fails on a second
 * run (see stack.md).
 */
final class LiquibaseMigrator {

    private final Logger logger = LoggerFactory.getLogger(LiquibaseMigrator.class);
    private final DataSource dataSource;

    LiquibaseMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Name of the module's change-log table, e.g. {@code MOSAICCUSTOMERCHANGELOG}. */
    static String historyTable(String moduleId) {
        return "MOSAIC" + moduleId.replace("-", "").toUpperCase(Locale.ROOT) + "CHANGELOG";
    }

    void migrate(PersistenceUnit unit) {
        long start = System.nanoTime();
        // Liquibase finds its own services through the thread context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(historyTable(unit.moduleId()));
            database.setDatabaseChangeLogLockTableName(historyTable(unit.moduleId()) + "LOCK");
            Liquibase liquibase = new Liquibase(unit.changelog(),
                    new ClassLoaderResourceAccessor(unit.classLoader()), database);
            try {
                liquibase.update(new Contexts(), new LabelExpression());
            } finally {
                // Liquibase commits every change set it applies but may leave a read open; end it
                // (a rollback can undo nothing applied) so the connection can be closed or pooled.
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
            logger.info("Module '{}': database schema up to date ({} ms)", unit.moduleId(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | liquibase.exception.LiquibaseException | RuntimeException e) {
            throw new MigrationException("Database migration of module '" + unit.moduleId() + "' failed: "
                    + rootMessage(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
