package org.mosaiccrm.platform.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test fixture, on the database the build runs the tests against:
 * embedded Derby in memory by default, PostgreSQL with {@code -Dmosaic.test.db=postgresql} (a schema
 * of its own in the database {@code mosaic.test.postgresql.url}, dropped on close, reached through the
 * connection pool the product uses, DBCP2: a new PostgreSQL connection costs a process and an
 * authentication, which made every test three times slower than it runs in the product). Every service
 * test that touches a database takes it from here, so the same tests prove both databases.
 */
public final class TestDatabase implements AutoCloseable {

    /** System property choosing the database: {@code derby} (default) or {@code postgresql}. */
    public static final String PROPERTY = "mosaic.test.db";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    /**
     * Derby waits half a second in every drop; the drops run here, behind the tests, on databases of
     * unique names that no test opens again.
     */
    private static final ExecutorService DERBY_DROPS = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "test-derby-drops");
        thread.setDaemon(true);
        return thread;
    });

    private final DataSource dataSource;
    private final String schema;

    private TestDatabase(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Whether this run's tests go to PostgreSQL. */
    public static boolean isPostgreSql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "derby"));
    }

    /** A new empty database named after {@code name} (a test's or fixture's name). */
    public static TestDatabase open(String name) {
        if (!isPostgreSql()) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:" + name + "-" + SCHEMAS.incrementAndGet());
            derby.setCreateDatabase("create");
            return new TestDatabase(derby, null);
        }
        String unique = "t" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid() + "_"
                + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String schema = unique.length() > 60 ? unique.substring(0, 60) : unique;
        PGSimpleDataSource admin = postgreSql();
        run(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(admin.getUrl() + (admin.getUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
        pool.setUsername(admin.getUser());
        pool.setPassword(admin.getPassword());
        pool.setMaxTotal(20); // as etc/org.ops4j.datasource-crm.cfg
        pool.setMaxIdle(10);
        return new TestDatabase(pool, schema);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The database goes, and all in it (the fixture has closed its connections by now). */
    @Override
    public void close() {
        if (dataSource instanceof BasicDataSource pool) {
            try {
                pool.close();
            } catch (SQLException e) {
                // the schema goes below all the same
            }
        }
        if (schema != null) {
            run(postgreSql(), "SET lock_timeout = '10s'", "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } else if (dataSource instanceof EmbeddedDataSource derby) {
            EmbeddedDataSource drop = new EmbeddedDataSource();
            drop.setDatabaseName(derby.getDatabaseName());
            drop.setConnectionAttributes("drop=true");
            DERBY_DROPS.execute(() -> {
                try {
                    drop.getConnection().close();
                } catch (SQLException expected) {
                    // Derby reports a dropped database with an exception
                }
            });
        }
    }

    private static PGSimpleDataSource postgreSql() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(System.getProperty("mosaic.test.postgresql.url", "jdbc:postgresql://localhost:5432/mosaic_test"));
        postgres.setUser(System.getProperty("mosaic.test.postgresql.user", "mosaic"));
        postgres.setPassword(System.getProperty("mosaic.test.postgresql.password", "mosaic"));
        return postgres;
    }

    private static void run(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests (see README, \"Test it\"): " + e.getMessage(), e);
        }
    }
}
