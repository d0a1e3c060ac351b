package org.mosaiccrm.assembly;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.Test;
import org.mosaiccrm.assembly.shared.QuotesToOrdersIT;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

/**
 * The whole sales process of {@link QuotesToOrdersIT} (lead to order, record scope, uninstall and
 * reinstall of sales keeping the data) on PostgreSQL instead of the embedded Derby, switched the way
 * docs/operations.md tells an operator: one edit of {@code etc/org.ops4j.datasource-crm.cfg}. Every
 * module's changelog runs on a fresh schema; a person signs in through the real form.
 */
// a Karaf of its own: the shared one runs on Derby
@ExamReactorStrategy(PerClass.class)
public class PostgreSqlIT extends QuotesToOrdersIT {

    static final String URL = System.getProperty("mosaic.test.postgresql.url", "jdbc:postgresql://localhost:5432/mosaic_test");

    @Override
    @Configuration
    public Option[] config() {
        String schema = freshSchema();
        List<Option> database = new ArrayList<>();
        // the file operations.md shows, as an operator writes it
        String cfg = "etc/org.ops4j.datasource-crm.cfg";
        database.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
        database.add(editConfigurationFilePut(cfg, "url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema));
        database.add(editConfigurationFilePut(cfg, "user", System.getProperty("mosaic.test.postgresql.user", "mosaic")));
        database.add(editConfigurationFilePut(cfg, "password", System.getProperty("mosaic.test.postgresql.password", "mosaic")));
        database.add(editConfigurationFilePut(cfg, "dataSourceName", "crmds"));
        database.add(editConfigurationFilePut(cfg, "osgi.jndi.service.name", "crmds"));
        database.add(editConfigurationFilePut(cfg, "pool", "dbcp2"));
        database.add(editConfigurationFilePut(cfg, "xa", "false"));
        database.add(editConfigurationFilePut(cfg, "pool.maxTotal", "20"));
        database.add(editConfigurationFilePut(cfg, "pool.maxIdle", "10"));
        return baseConfig(database.toArray(new Option[0]));
    }

    /** A new empty schema for this boot; those of earlier runs go first. Runs outside the container. */
    private static String freshSchema() {
        String schema = "it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(URL,
                System.getProperty("mosaic.test.postgresql.user", "mosaic"),
                System.getProperty("mosaic.test.postgresql.password", "mosaic"));
                Statement statement = connection.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'it\\_%'")) {
                while (rows.next()) {
                    old.add(rows.getString(1));
                }
            }
            for (String name : old) {
                statement.execute("DROP SCHEMA " + name + " CASCADE");
            }
            statement.execute("CREATE SCHEMA " + schema);
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests (README, \"Test it\"; .ci/postgresql): " + e.getMessage(), e);
        }
    }

    @Test
    public void theCrmRunsOnPostgreSqlAndAPersonSignsIn() throws Exception {
        ServiceReference<DataSource> reference = bundleContext
                .getServiceReferences(DataSource.class, "(osgi.jndi.service.name=crmds)").iterator().next();
        try (Connection connection = bundleContext.getService(reference).getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            assertTrue(connection.getSchema(), connection.getSchema().startsWith("it_"));
            try (Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = current_schema() AND table_name IN ('sec_user', 'cus_customer')")) {
                tables.next();
                assertEquals("the security and customer tables are in PostgreSQL", 2, tables.getInt(1));
            }
        } finally {
            bundleContext.ungetService(reference);
        }
        await("health UP", 60, () -> health().contains("\"status\":\"UP\""));

        new TestUsers(bundleContext).user("pgrep", null, "sales-rep");
        UiProtocolClient tab = new UiProtocolClient(java.net.http.HttpClient.newHttpClient(),
                "http://localhost:" + Integer.getInteger("mosaic.it.httpPort", HTTP_PORT));
        tab.signIn("pgrep", "pgrep passphrase");
        tab.open("");
        tab.navigate("customers");
        assertTrue("the customer list", tab.node("customers-grid") >= 0);
        tab.signOut();
    }

    private String health() {
        try {
            HttpResponse<String> response = get("/health");
            return response.body().replace(" ", "");
        } catch (Exception e) {
            return e.toString();
        }
    }
}
