package org.mosaiccrm.platform.persistence.testing;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh database for one test fixture, on the database the build runs the tests against:
 * embedded Derby in memory by default, PostgreSQL with {@code -Dmosaic.test.db=postgresql} (on the
 * server of {@code mosaic.test.postgresql.url}, dropped on close, reached through the connection pool
 * the product uses, DBCP2: a new PostgreSQL connection costs a process and an authentication, which
 * made every test three times slower than it runs in the product). Every service test that touches
 * a database takes it from here, so the same tests prove both databases.
 * <p>
 * A fixture that starts from a module's schema asks for it by kind ({@link #open(String, String, Consumer)}):
 * the first database of each kind in a test JVM is migrated, and every later one is a copy of it
 * (Derby: created from its backup; PostgreSQL: {@code CREATE DATABASE … TEMPLATE}), tens of
 * milliseconds instead of the migrations' hundreds. The fixture's own migration run then finds
 * nothing to do, as a restarted product does.
 */
public final class TestDatabase implements AutoCloseable {

    /** System property choosing the database: {@code derby} (default) or {@code postgresql}. */
    public static final String PROPERTY = "mosaic.test.db";

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final long PID = ProcessHandle.current().pid();
    /**
     * Derby waits half a second in every drop; the drops run here, behind the tests, on databases of
     * unique names that no test opens again.
     */
    private static final ExecutorService DERBY_DROPS = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "test-derby-drops");
        thread.setDaemon(true);
        return thread;
    });
    /** Per kind: where the migrated first database of this JVM is (Derby: its backup; PostgreSQL: a template database). */
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    /** What to drop on close on PostgreSQL: {@code SCHEMA name} or {@code DATABASE name}; null on Derby. */
    private final String postgreSqlObject;

    private TestDatabase(DataSource dataSource, String postgreSqlObject) {
        this.dataSource = dataSource;
        this.postgreSqlObject = postgreSqlObject;
    }

    /** Whether this run's tests go to PostgreSQL. */
    public static boolean isPostgreSql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "derby"));
    }

    /** A new empty database named after {@code name} (a test's or fixture's name): on PostgreSQL a schema of its own. */
    public static TestDatabase open(String name) {
        if (!isPostgreSql()) {
            EmbeddedDataSource derby = derby(name);
            derby.setCreateDatabase("create");
            return new TestDatabase(derby, null);
        }
        String schema = unique(name);
        onServer("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        return new TestDatabase(pool(null, schema), "SCHEMA " + schema);
    }

    /**
     * A new database named after {@code name} holding the schema that {@code prepare} makes on an empty
     * one (a module's migrations), copied from the first database of that {@code kind} in this JVM.
     */
    public static TestDatabase open(String name, String kind, Consumer<DataSource> prepare) {
        String template = TEMPLATES.computeIfAbsent(kind, k -> isPostgreSql() ? postgreSqlTemplate(k, prepare) : derbyTemplate(k, prepare));
        if (isPostgreSql()) {
            String database = unique(name);
            onServer("CREATE DATABASE " + database + " TEMPLATE " + template);
            return new TestDatabase(pool(database, null), "DATABASE " + database);
        }
        EmbeddedDataSource copy = derby(name);
        copy.setConnectionAttributes("createFrom=" + template);
        try {
            copy.getConnection().close();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby copy of the " + kind + " template: " + e.getMessage(), e);
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(copy.getDatabaseName());
        return new TestDatabase(derby, null);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The database goes, and all in it (the fixture has closed its connections by now). */
    @Override
    public void close() {
        if (dataSource instanceof BasicDataSource pool) {
            close(pool);
        }
        if (postgreSqlObject != null) {
            drop(postgreSqlObject);
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

    private static String derbyTemplate(String kind, Consumer<DataSource> prepare) {
        EmbeddedDataSource template = derby("template-" + kind);
        template.setCreateDatabase("create");
        prepare.accept(template);
        Path folder = Path.of("target", "test-templates", String.valueOf(PID)).toAbsolutePath();
        try (Connection connection = template.getConnection();
                CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, folder.toString());
            backup.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby template " + kind + ": " + e.getMessage(), e);
        }
        return folder.resolve(template.getDatabaseName().substring("memory:".length())).toString();
    }

    /** A database prepared once and dropped when the JVM ends; PostgreSQL copies it for each fixture. */
    private static String postgreSqlTemplate(String kind, Consumer<DataSource> prepare) {
        String template = unique("template_" + kind);
        onServer("CREATE DATABASE " + template);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop("DATABASE " + template), "drop-" + template));
        BasicDataSource pool = pool(template, null);
        try {
            prepare.accept(pool);
        } finally {
            close(pool); // a template database takes no copies while someone is connected
        }
        return template;
    }

    private static EmbeddedDataSource derby(String name) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + name.replaceAll("[^A-Za-z0-9_-]", "") + "-" + NUMBERS.incrementAndGet());
        return derby;
    }

    /** A name for a schema or database no other fixture, nor another test JVM, has. */
    private static String unique(String name) {
        String unique = "t" + NUMBERS.incrementAndGet() + "_" + PID + "_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return unique.length() > 60 ? unique.substring(0, 60) : unique;
    }

    /**
     * Drops a fixture's schema or database. A database may still have connections the code under test
     * did not give back: those are ours (same role) and are ended first. Not {@code DROP … WITH (FORCE)}:
     * it also tries to end an autovacuum worker that happens to be in the database, which only a
     * superuser may, and the tests' role is not one; a plain drop asks autovacuum to leave by itself.
     */
    private static void drop(String object) {
        if (object.startsWith("DATABASE ")) {
            String database = object.substring("DATABASE ".length());
            onServer("SET lock_timeout = '10s'",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                            + "' AND usename = current_user AND pid <> pg_backend_pid()",
                    "DROP DATABASE IF EXISTS " + database);
        } else {
            onServer("SET lock_timeout = '10s'", "DROP " + object.replace("SCHEMA ", "SCHEMA IF EXISTS ") + " CASCADE");
        }
    }

    /**
     * A pool on the tests' server: on {@code database} instead of the configured one if given, with
     * {@code schema} as the current schema if given.
     */
    private static BasicDataSource pool(String database, String schema) {
        String url = System.getProperty("mosaic.test.postgresql.url", "jdbc:postgresql://localhost:5432/mosaic_test");
        int parameters = url.indexOf('?');
        String address = parameters < 0 ? url : url.substring(0, parameters);
        String query = parameters < 0 ? "" : url.substring(parameters + 1);
        if (database != null) {
            address = address.substring(0, address.lastIndexOf('/') + 1) + database;
        }
        if (schema != null) {
            query = query.isEmpty() ? "currentSchema=" + schema : query + "&currentSchema=" + schema;
        }
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(query.isEmpty() ? address : address + "?" + query);
        pool.setUsername(System.getProperty("mosaic.test.postgresql.user", "mosaic"));
        pool.setPassword(System.getProperty("mosaic.test.postgresql.password", "mosaic"));
        pool.setMaxTotal(20); // as etc/org.ops4j.datasource-crm.cfg
        pool.setMaxIdle(10);
        return pool;
    }

    private static void close(BasicDataSource pool) {
        try {
            pool.close();
        } catch (SQLException e) {
            // nothing held that matters: the database goes next
        }
    }

    /** Statements on the configured database, on a connection of their own. */
    private static void onServer(String... statements) {
        BasicDataSource pool = pool(null, null);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests (see README, \"Test it\"): " + e.getMessage(), e);
        } finally {
            close(pool);
        }
    }
}
