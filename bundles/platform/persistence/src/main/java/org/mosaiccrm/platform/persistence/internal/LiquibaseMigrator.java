package org.mosaiccrm.platform.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.mosaiccrm.platform.persistence.MigrationException;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.SchemaCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies a module's Liquibase changelog. Each module keeps its own history tables so modules
 * migrate independently; their names carry no underscore because Derby then fails on a second
 * run (see stack.md). A migration is one transaction: it is applied whole or not at all, so a
 * module whose new version fails to migrate finds its tables as its old version left them.
 */
final class LiquibaseMigrator {

    private final Logger logger = LoggerFactory.getLogger(LiquibaseMigrator.class);
    private final DataSource dataSource;
    private final SchemaStamps stamps;

    LiquibaseMigrator(DataSource dataSource) {
        this(dataSource, SchemaStamps.none());
    }

    LiquibaseMigrator(DataSource dataSource, SchemaStamps stamps) {
        this.dataSource = dataSource;
        this.stamps = stamps;
    }

    /** Name of the module's change-log table, e.g. {@code MOSAICCUSTOMERCHANGELOG}. */
    static String historyTable(String moduleId) {
        return "MOSAIC" + moduleId.replace("-", "").toUpperCase(Locale.ROOT) + "CHANGELOG";
    }

    static String lockTable(String moduleId) {
        return historyTable(moduleId) + "LOCK";
    }

    /**
     * Applies the pending change sets, all or none; when the module's changelog and history are as
     * its last successful migration left them ({@link SchemaStamps}), without running Liquibase.
     *
     * @return whether Liquibase was run
     */
    boolean migrate(PersistenceUnit unit) {
        long start = System.nanoTime();
        Optional<String> before = stamps.now(unit, dataSource);
        if (before.isPresent() && stamps.unchanged(unit, before.get())) {
            logger.info("Module '{}': database schema up to date, changelog and history as at the last migration ({} ms)",
                    unit.moduleId(), (System.nanoTime() - start) / 1_000_000);
            return false;
        }
        List<String> applied = run(unit, true);
        stamps.record(unit, stamps.now(unit, dataSource));
        logger.info("Module '{}': database schema up to date, {} change set(s) applied ({} ms)", unit.moduleId(),
                applied.size(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Applies the pending change sets and rolls them back: would the migration succeed? */
    SchemaCheck check(PersistenceUnit unit) {
        try {
            return new SchemaCheck(unit.moduleId(), run(unit, false), "");
        } catch (MigrationException e) {
            return new SchemaCheck(unit.moduleId(), List.of(), e.getMessage());
        }
    }

    private List<String> run(PersistenceUnit unit, boolean keep) {
        // Liquibase finds its own services through the thread context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(OneTransaction.around(connection)));
                database.setDatabaseChangeLogTableName(historyTable(unit.moduleId()));
                database.setDatabaseChangeLogLockTableName(lockTable(unit.moduleId()));
                Liquibase liquibase = new Liquibase(unit.changelog(),
                        new ClassLoaderResourceAccessor(unit.classLoader()), database);
                // Liquibase writes its progress ("Running Changeset") and summary ("UPDATE SUMMARY") to standard
                // output, which in Karaf is the console an operator is typing in: both go to the log instead
                liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                int before = appliedSoFar(connection, unit.moduleId()).size();
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
                        () -> liquibase.update(new Contexts(), new LabelExpression()));
                List<String> applied = appliedSoFar(connection, unit.moduleId());
                List<String> pending = applied.subList(before, applied.size());
                if (keep) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return pending;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (Exception e) { // SQL, Liquibase, or a fault inside Liquibase's scope
            throw new MigrationException("Database migration of module '" + unit.moduleId() + "' failed: "
                    + rootMessage(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The change sets recorded in the module's history, in the order they were applied. */
    static List<String> appliedSoFar(Connection connection, String moduleId) throws SQLException {
        String table = historyTable(moduleId);
        if (!tableExists(connection, table)) {
            return List.of();
        }
        List<String> applied = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT AUTHOR, ID FROM " + table + " ORDER BY ORDEREXECUTED")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + ":" + rows.getString(2));
            }
        }
        return applied;
    }

    /** Whether the table exists in the connection's schema (PostgreSQL keeps unquoted names in lower case, Derby in upper). */
    static boolean tableExists(Connection connection, String table) throws SQLException {
        return objectExists(connection, table, "TABLE");
    }

    static boolean objectExists(Connection connection, String name, String type) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String stored = metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
        String schema = connection.getSchema();
        if (schema != null) {
            schema = metaData.storesLowerCaseIdentifiers() ? schema : schema.toUpperCase(Locale.ROOT);
        }
        try (ResultSet found = metaData.getTables(null, schema, stored, new String[] { type })) {
            return found.next();
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
