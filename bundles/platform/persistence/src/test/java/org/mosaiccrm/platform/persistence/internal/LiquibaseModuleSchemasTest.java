package org.mosaiccrm.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.mosaiccrm.platform.persistence.MigrationException;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.SchemaCheck;
import org.mosaiccrm.platform.persistence.SchemaHistory;
import org.mosaiccrm.platform.persistence.SchemaPurge;

/** Trial migrations, migration history and purge on a real Derby database. */
class LiquibaseModuleSchemasTest {

    private static final PersistenceUnit V1 = PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog.xml", Gadget.class);
    private static final PersistenceUnit V2 = PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog-v2.xml", Gadget.class);
    private static final PersistenceUnit V2_BROKEN = PersistenceUnit.of("gadgets", Gadget.class,
            "db/gadget-changelog-v2-broken.xml", Gadget.class);

    @TempDir
    Path backups;

    private TestDatabase testDatabase;
    private DataSource dataSource;
    private DataSourceModuleDatabases databases;
    private LiquibaseModuleSchemas schemas;

    @BeforeEach
    void freshDatabase(TestInfo test) {
        if (TestDatabase.isPostgreSql()) {
            testDatabase = TestDatabase.open("schemas-" + test.getTestMethod().orElseThrow().getName());
            dataSource = testDatabase.dataSource();
        } else {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            // on disk: Derby's online backup needs a database with files
            derby.setDatabaseName("target/derby-schemas/" + test.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime());
            derby.setCreateDatabase("create");
            dataSource = derby;
        }
        databases = new DataSourceModuleDatabases(dataSource, new DataSourceModuleDatabasesTest.ReportedFailures());
        schemas = new LiquibaseModuleSchemas(dataSource, backups);
    }

    @Test
    void aTrialMigrationNamesWhatItWouldApplyAndChangesNothing() throws SQLException {
        SchemaCheck check = schemas.check(V1);
        assertTrue(check.succeeds(), check.problem());
        assertEquals(List.of("test:1"), check.pending());
        assertFalse(tableExists("TST_GADGET"));
        assertFalse(schemas.history("gadgets").exists());
    }

    @Test
    void anUpdateKeepsTheDataAndTheHistoryGrows() throws SQLException {
        try (ModuleDatabase db = databases.open(V1)) {
            db.runInTransaction(em -> em.persist(new Gadget("kept", Instant.now())));
        }
        SchemaHistory before = schemas.history("gadgets");
        assertEquals(1, before.applied());
        assertEquals("test:1", before.lastChangeSet());

        assertEquals(List.of("test:2"), schemas.check(V2).pending());
        assertFalse(tableExists("TST_GADGET_PART"), "the trial was rolled back");

        databases.open(V2).close();
        assertEquals(2, schemas.history("gadgets").applied());
        assertEquals("grey", single("SELECT COLOUR FROM TST_GADGET WHERE NAME = 'kept'"));
        assertEquals(List.of(), schemas.check(V2).pending());
    }

    @Test
    void aFailingUpdateIsFoundByTheTrialAndAppliesNothingWhenRunAnyway() throws SQLException {
        try (ModuleDatabase db = databases.open(V1)) {
            db.runInTransaction(em -> em.persist(new Gadget("no colour", Instant.now())));
        }
        SchemaCheck check = schemas.check(V2_BROKEN);
        assertFalse(check.succeeds());
        assertTrue(check.problem().toUpperCase().contains("COLOUR"), check.problem());

        assertThrows(MigrationException.class, () -> databases.open(V2_BROKEN));
        assertEquals(1, schemas.history("gadgets").applied(), "neither change set of the failed update is recorded");
        assertFalse(columnExists("TST_GADGET", "COLOUR"), "the first change set was rolled back with the second");
        try (ModuleDatabase db = databases.open(V1)) {
            assertEquals(Long.valueOf(1), db.read(em -> em.createQuery("select count(g) from Gadget g", Long.class).getSingleResult()),
                    "version 1 still works on its data");
        }
    }

    @org.junit.jupiter.api.AfterEach
    void dropDatabase() {
        databases.deactivate();
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void purgeBacksUpThenDropsWhatTheChangelogCreated() throws SQLException, java.io.IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.isPostgreSql(), "Derby's own backup");
        databases.open(V2).close();
        assertEquals(List.of("TST_GADGET_PART", "TST_GADGET", "TST_GADGET_SEQ"), schemas.objects(V2));
        SchemaPurge purge = schemas.purge(V2);
        assertEquals(List.of("TST_GADGET_PART", "TST_GADGET", "MOSAICGADGETSCHANGELOG", "MOSAICGADGETSCHANGELOGLOCK",
                "TST_GADGET_SEQ"), purge.dropped());
        assertTrue(Files.isDirectory(Path.of(purge.backup())), purge.backup());
        try (var files = Files.walk(Path.of(purge.backup()))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("service.properties")), "a Derby backup");
        }
        assertFalse(tableExists("TST_GADGET"));
        assertFalse(schemas.history("gadgets").exists());
        databases.open(V1).close(); // a later install starts afresh
        assertTrue(tableExists("TST_GADGET"));
    }

    /** On PostgreSQL the CRM takes no backup of its own, so it drops nothing: the operator does, after pg_dump. */
    @Test
    void onPostgreSqlAPurgeIsRefusedAndDropsNothing() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isPostgreSql());
        databases.open(V2).close();
        MigrationException refused = assertThrows(MigrationException.class, () -> schemas.purge(V2));
        assertTrue(refused.getMessage().contains("backed up with its own tools"), refused.getMessage());
        assertTrue(tableExists("TST_GADGET"));
        assertEquals(2, schemas.history("gadgets").applied());
    }

    @Test
    void aPurgeBlockedByAnotherModulesReferenceDropsNothing() throws SQLException {
        databases.open(V1).close();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE OTHER_THING (ID BIGINT PRIMARY KEY, GADGET_ID BIGINT "
                    + "CONSTRAINT FK_OTHER_GADGET REFERENCES TST_GADGET (ID))");
        }
        MigrationException refused = assertThrows(MigrationException.class, () -> schemas.purge(V1));
        assertTrue(refused.getMessage().contains("were not removed"), refused.getMessage());
        assertTrue(tableExists("TST_GADGET"));
        assertEquals(1, schemas.history("gadgets").applied());
    }

    private Object single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return LiquibaseMigrator.tableExists(connection, table);
        }
    }

    private boolean columnExists(String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(),
                        stored(connection, table), stored(connection, column))) {
            return columns.next();
        }
    }

    private static String stored(Connection connection, String name) throws SQLException {
        return connection.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase(java.util.Locale.ROOT) : name;
    }
}
