package org.mosaiccrm.platform.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.mosaiccrm.platform.persistence.MigrationException;
import org.mosaiccrm.platform.persistence.ModuleSchemas;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.SchemaCheck;
import org.mosaiccrm.platform.persistence.SchemaHistory;
import org.mosaiccrm.platform.persistence.SchemaPurge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ModuleSchemas} on the platform DataSource. A purge first backs the whole database up
 * with Derby's online backup into {@code ${karaf.data}/backups}; on another database the
 * operator's own backup tools apply and the purge is refused rather than run without one.
 */
@Component(service = ModuleSchemas.class)
public class LiquibaseModuleSchemas implements ModuleSchemas {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Logger logger = LoggerFactory.getLogger(LiquibaseModuleSchemas.class);
    private final DataSource dataSource;
    private final Path backups;

    @Activate
    public LiquibaseModuleSchemas(@Reference(target = "(osgi.jndi.service.name=crmds)") DataSource dataSource) {
        this(dataSource, Path.of(System.getProperty("karaf.data", System.getProperty("java.io.tmpdir")), "backups"));
    }

    LiquibaseModuleSchemas(DataSource dataSource, Path backups) {
        this.dataSource = dataSource;
        this.backups = backups;
    }

    @Override
    public SchemaCheck check(PersistenceUnit unit) {
        return new LiquibaseMigrator(dataSource).check(unit);
    }

    @Override
    public SchemaHistory history(String moduleId) {
        String table = LiquibaseMigrator.historyTable(moduleId);
        try (Connection connection = dataSource.getConnection()) {
            if (!LiquibaseMigrator.tableExists(connection, table)) {
                return new SchemaHistory(moduleId, 0, "", null);
            }
            // a module's history is tens of rows: count them and keep the last
            int applied = 0;
            String last = "";
            Timestamp when = null;
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT AUTHOR, ID, DATEEXECUTED FROM " + table + " ORDER BY ORDEREXECUTED")) {
                while (rows.next()) {
                    applied++;
                    last = rows.getString(1) + ":" + rows.getString(2);
                    when = rows.getTimestamp(3);
                }
            }
            return new SchemaHistory(moduleId, applied, last, when == null ? null : when.toInstant());
        } catch (SQLException e) {
            throw new MigrationException("The migration history of module '" + moduleId + "' cannot be read: "
                    + LiquibaseMigrator.rootMessage(e), e);
        }
    }

    @Override
    public List<String> objects(PersistenceUnit unit) {
        ChangelogObjects objects = read(unit);
        List<String> all = new ArrayList<>(objects.tablesToDrop());
        all.addAll(objects.sequences);
        return all;
    }

    private static ChangelogObjects read(PersistenceUnit unit) {
        try {
            return ChangelogObjects.of(unit);
        } catch (Exception e) {
            throw new MigrationException("The changelog of module '" + unit.moduleId() + "' cannot be read: "
                    + LiquibaseMigrator.rootMessage(e), e);
        }
    }

    @Override
    public synchronized SchemaPurge purge(PersistenceUnit unit) {
        ChangelogObjects objects = read(unit);
        try (Connection connection = dataSource.getConnection()) {
            String backup = backUp(connection, unit.moduleId());
            List<String> dropped = drop(connection, unit.moduleId(), objects);
            logger.info("Module '{}': purged {} after a backup to {}", unit.moduleId(), dropped, backup);
            return new SchemaPurge(unit.moduleId(), dropped, backup);
        } catch (SQLException | java.io.IOException e) {
            throw new MigrationException("The tables of module '" + unit.moduleId() + "' were not removed: "
                    + LiquibaseMigrator.rootMessage(e), e);
        }
    }

    private String backUp(Connection connection, String moduleId) throws SQLException, java.io.IOException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.contains("Derby")) {
            throw new SQLException("This database (" + product + ") is backed up with its own tools; "
                    + "the CRM purges only after a backup it took itself. Remove the tables by hand after yours.");
        }
        Path target = backups.resolve(STAMP.format(LocalDateTime.now()) + "-before-purge-" + moduleId);
        Files.createDirectories(target);
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        }
        return target.toString();
    }

    private static List<String> drop(Connection connection, String moduleId, ChangelogObjects objects) throws SQLException {
        List<String> dropped = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>(objects.tablesToDrop());
            tables.add(LiquibaseMigrator.historyTable(moduleId));
            tables.add(LiquibaseMigrator.lockTable(moduleId));
            for (String table : tables) {
                if (LiquibaseMigrator.tableExists(connection, table)) {
                    statement.execute("DROP TABLE " + table);
                    dropped.add(table);
                }
            }
            for (String sequence : objects.sequences) {
                if (sequenceExists(connection, sequence)) {
                    statement.execute("DROP SEQUENCE " + sequence + " RESTRICT");
                    dropped.add(sequence);
                }
            }
            connection.commit();
            return dropped;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean sequenceExists(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM SYS.SYSSEQUENCES WHERE SEQUENCENAME = ?")) {
            query.setString(1, sequence);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
