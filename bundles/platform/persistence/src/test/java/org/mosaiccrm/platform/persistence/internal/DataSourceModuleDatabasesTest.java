package org.mosaiccrm.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;
import org.mosaiccrm.platform.persistence.MigrationException;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.PersistenceUnit;

/** Module databases on a real database (in-memory Derby, or PostgreSQL: {@link TestDatabase}): migration, round trip, failed migrations. */
class DataSourceModuleDatabasesTest {

    /** Records what modules report; the registry itself is tested in platform/registry. */
    static final class ReportedFailures implements ModuleRegistry {
        final Map<String, String> failures = new ConcurrentHashMap<>();

        @Override
        public List<ModuleStatus> modules() {
            return List.of();
        }

        @Override
        public Optional<ModuleStatus> module(String id) {
            return Optional.empty();
        }

        @Override
        public void reportFailure(String moduleId, String reason) {
            failures.put(moduleId, reason);
        }

        @Override
        public void clearFailure(String moduleId) {
            failures.remove(moduleId);
        }
    }

    private TestDatabase testDatabase;
    private DataSource dataSource;
    private ReportedFailures registry;
    private DataSourceModuleDatabases databases;

    @BeforeEach
    void freshDatabase(org.junit.jupiter.api.TestInfo test) {
        testDatabase = TestDatabase.open(test.getTestMethod().orElseThrow().getName());
        dataSource = testDatabase.dataSource();
        registry = new ReportedFailures();
        databases = new DataSourceModuleDatabases(dataSource, registry);
    }

    @Test
    void migratesThenStoresAndReadsEntitiesIncludingInstants() {
        Instant made = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (ModuleDatabase db = databases.open(PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog.xml", Gadget.class))) {
            long id = db.inTransaction(em -> {
                Gadget gadget = new Gadget("扳手 wrench", made);
                em.persist(gadget);
                em.flush();
                return gadget.id;
            });
            Gadget read = db.read(em -> em.find(Gadget.class, id));
            assertEquals("扳手 wrench", read.name);
            assertEquals(made, read.madeAt);
        }
        assertTrue(registry.failures.isEmpty());
    }

    @Test
    void secondOpenAppliesNothingAgainAndKeepsData() {
        PersistenceUnit unit = PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog.xml", Gadget.class);
        try (ModuleDatabase db = databases.open(unit)) {
            db.runInTransaction(em -> em.persist(new Gadget("kept", Instant.now())));
        }
        try (ModuleDatabase db = databases.open(unit)) {
            assertEquals(Long.valueOf(1), db.read(em -> em.createQuery("select count(g) from Gadget g", Long.class).getSingleResult()));
        }
    }

    @Test
    void aFailingTransactionWritesNothing() {
        try (ModuleDatabase db = databases.open(PersistenceUnit.of("gadgets", Gadget.class, "db/gadget-changelog.xml", Gadget.class))) {
            assertThrows(IllegalStateException.class, () -> db.runInTransaction(em -> {
                em.persist(new Gadget("half", Instant.now()));
                em.flush();
                throw new IllegalStateException("user cancelled");
            }));
            assertEquals(Long.valueOf(0), db.read(em -> em.createQuery("select count(g) from Gadget g", Long.class).getSingleResult()));
        }
    }

    @Test
    void failedMigrationKeepsTheModuleOutSaysWhyAndAppliesNothingOfIt() throws SQLException {
        PersistenceUnit unit = PersistenceUnit.of("broken", Gadget.class, "db/broken-changelog.xml", Gadget.class);
        MigrationException failure = assertThrows(MigrationException.class, () -> databases.open(unit));
        assertTrue(failure.getMessage().toUpperCase().contains("BRK_NO_SUCH_TABLE"), failure.getMessage());
        assertTrue(registry.failures.get("broken").toUpperCase().contains("BRK_NO_SUCH_TABLE"), "reported to the module registry");
        assertFalse(tableExists("BRK_FIRST"), "a migration is applied whole or not at all");
        assertFalse(tableExists("BRK_SECOND"), "nothing of the failed change set is kept");
        assertFalse(tableExists(LiquibaseMigrator.historyTable("broken")), "no history of a migration that did not happen");
    }

    @Test
    void missingChangelogIsAFailureWithAReason() {
        PersistenceUnit unit = PersistenceUnit.of("lost", Gadget.class, "db/no-such-changelog.xml", Gadget.class);
        assertThrows(MigrationException.class, () -> databases.open(unit));
        assertTrue(registry.failures.containsKey("lost"));
    }

    @Test
    void historyTablesAreNamedPerModuleWithoutUnderscore() {
        assertEquals("MOSAICEXAMPLENOTESCHANGELOG", LiquibaseMigrator.historyTable("example-notes"));
        assertThrows(IllegalArgumentException.class, () -> PersistenceUnit.of("Bad_Id", Gadget.class, "x.xml"));
    }

    @org.junit.jupiter.api.AfterEach
    void dropDatabase() {
        databases.deactivate();
        testDatabase.close();
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return LiquibaseMigrator.tableExists(connection, table);
        }
    }
}
