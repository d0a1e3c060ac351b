package org.mosaiccrm.platform.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The database a benchmark runs on, chosen with {@code -Dbench.db}: embedded Derby on disk (default,
 * under {@code derby.system.home}) or PostgreSQL ({@code postgresql}: a fresh schema of its own in the
 * tests' database, see {@link TestDatabase}) behind the connection pool the product uses (DBCP2). The
 * benchmark's service and its raw-SQL baseline share the same kind of database and pool.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static boolean isPostgreSql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("bench.db", "derby"));
    }

    /** The product's name for the database in the benchmark's report. */
    public static String label() {
        return isPostgreSql() ? "PostgreSQL" : "Derby (embedded, on disk)";
    }

    /** A new, empty database named {@code name} (the same name again gives a new one). */
    public static DataSource create(String name) {
        if (!isPostgreSql()) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(name);
            derby.setCreateDatabase("create");
            return derby;
        }
        String schema = "bench_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        BasicDataSource pool = pool(null);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the benchmark (see README, \"Test it\"): " + e.getMessage(), e);
        } finally {
            close(pool);
        }
        return pool(schema);
    }

    private static BasicDataSource pool(String schema) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(System.getProperty("mosaic.test.postgresql.url", "jdbc:postgresql://localhost:5432/mosaic_test")
                + (schema == null ? "" : "?currentSchema=" + schema));
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
            // nothing held
        }
    }
}
