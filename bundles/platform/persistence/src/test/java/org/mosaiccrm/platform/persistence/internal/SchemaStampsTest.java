package org.mosaiccrm.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;

/**
 * A module whose changelog and history are as its last migration left them opens without
 * Liquibase; anything that could change the answer runs it again (on Derby, or PostgreSQL with
 * {@code -Dmosaic.test.db=postgresql}).
 */
class SchemaStampsTest {

    private static final PersistenceUnit V1 = PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog.xml", Gadget.class);
    private static final PersistenceUnit V2 = PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog-v2.xml", Gadget.class);

    @TempDir
    Path stamps;
    private TestDatabase database;
    private TestDatabase other;

    @BeforeEach
    void open(TestInfo test) {
        database = TestDatabase.open("stamps-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        database.close();
        if (other != null) {
            other.close();
        }
    }

    @Test
    void anUnchangedModuleOpensWithoutLiquibaseAndANewChangelogRunsIt() throws SQLException {
        LiquibaseMigrator migrator = new LiquibaseMigrator(database.dataSource(), SchemaStamps.in(stamps));
        assertTrue(migrator.migrate(V1), "the first start migrates");
        assertTrue(Files.exists(stamps.resolve("gadgets.stamp")));
        assertFalse(migrator.migrate(V1), "a restart with the same changelog and history: no Liquibase");
        assertTrue(migrator.migrate(V2), "a new version of the module: its change set is applied");
        assertEquals(2, applied());
        assertTrue(migrator.migrate(V2), "a changelog that includes others has no stamp: always checked");
    }

    @Test
    void aHistoryChangedBehindTheStampIsCheckedAgain() throws SQLException {
        LiquibaseMigrator migrator = new LiquibaseMigrator(database.dataSource(), SchemaStamps.in(stamps));
        migrator.migrate(V1);
        // an older backup restored: the module's table and its history row gone
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.executeUpdate("DROP TABLE TST_GADGET");
            sql.executeUpdate("DROP SEQUENCE TST_GADGET_SEQ" + (isDerby(connection) ? " RESTRICT" : ""));
            sql.executeUpdate("DELETE FROM " + LiquibaseMigrator.historyTable("gadgets"));
        }
        assertEquals(0, applied());
        assertTrue(migrator.migrate(V1), "the history no longer matches the stamp");
        assertEquals(1, applied(), "Liquibase applied the change set again");
        assertFalse(migrator.migrate(V1));
    }

    private static boolean isDerby(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().contains("Derby");
    }

    @Test
    void anotherDatabaseOrNoStampsFolderAlwaysRunsLiquibase() {
        new LiquibaseMigrator(database.dataSource(), SchemaStamps.in(stamps)).migrate(V1);
        other = TestDatabase.open("stamps-other");
        assertTrue(new LiquibaseMigrator(other.dataSource(), SchemaStamps.in(stamps)).migrate(V1),
                "the same module on another database");
        LiquibaseMigrator unstamped = new LiquibaseMigrator(database.dataSource());
        assertTrue(unstamped.migrate(V1));
        assertTrue(unstamped.migrate(V1), "outside OSGi (no folder) every open checks");
    }

    private int applied() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return LiquibaseMigrator.appliedSoFar(connection, "gadgets").size();
        }
    }
}
