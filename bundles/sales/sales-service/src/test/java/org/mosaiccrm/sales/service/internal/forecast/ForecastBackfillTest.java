package org.mosaiccrm.sales.service.internal.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The statements of changeset 6-forecast that fill CLOSED_ON and FURTHEST_STAGE for opportunities
 * made before it, run as written in the changelog on a real database (Derby or PostgreSQL) with the sales schema.
 */
class ForecastBackfillTest {

    @Test
    void closedDayAndFurthestStageComeFromTheStageHistory() throws Exception {
        try (TestDatabase testDatabase = TestDatabase.open("sales-backfill");
                SecurityFixture security = new SecurityFixture("sales-backfill")) {
            DataSource db = testDatabase.dataSource();
            SalesDatabase database = new SalesDatabase(new DataSourceModuleDatabases(db, security.modules()));
            try (Connection c = db.getConnection(); Statement sql = c.createStatement()) {
                // as rows stood before changeset 6: no closed day, no furthest stage
                insert(sql, 1, "needs", "WON");
                insert(sql, 2, "qualify", "OPEN");
                insert(sql, 3, "qualify", "LOST");
                history(sql, 1, "", "qualify", "2026-03-01 09:00:00");
                history(sql, 1, "qualify", "proposal", "2026-03-02 09:00:00");
                history(sql, 1, "proposal", "needs", "2026-03-03 09:00:00");
                history(sql, 1, "needs", "won", "2026-03-05 10:00:00");
                history(sql, 2, "", "qualify", "2026-03-01 09:00:00");
                history(sql, 3, "", "qualify", "2026-03-01 09:00:00");
                history(sql, 3, "qualify", "lost", "2026-04-30 23:00:00");

                for (String statement : backfill()) {
                    sql.executeUpdate(statement);
                }

                assertEquals(List.of("2026-03-05", "proposal"), row(sql, 1), "won on the day of its last move; proposal was furthest");
                assertEquals(List.of("null", "qualify"), row(sql, 2), "an open one has no closed day");
                assertEquals(List.of("2026-04-30", "qualify"), row(sql, 3));
            }
            database.database().close();
        }
    }

    private static void insert(Statement sql, long id, String stage, String status) throws SQLException {
        sql.executeUpdate("INSERT INTO SAL_OPPORTUNITY (ID, CUSTOMER_ID, NAME, NAME_KEY, STAGE_CODE, AMOUNT, CURRENCY, PROBABILITY,"
                + " COMPETITORS, NEXT_STEP, OWNER_ID, STATUS, LOST_REASON, CREATED_AT, VERSION, FURTHEST_STAGE) VALUES (" + id
                + ", 1, 'x', 'x', '" + stage + "', 1000, 'CNY', 10, '', '', 1, '" + status + "', '', CAST('2026-03-01 09:00:00' AS TIMESTAMP), 0, '')");
    }

    private static long changeId;

    private static void history(Statement sql, long opportunity, String from, String to, String at) throws SQLException {
        sql.executeUpdate("INSERT INTO SAL_STAGE_CHANGE (ID, OPPORTUNITY_ID, FROM_STAGE, TO_STAGE, CHANGED_AT, CHANGED_BY) VALUES ("
                + ++changeId + ", " + opportunity + ", '" + from + "', '" + to + "', CAST('" + at + "' AS TIMESTAMP), 'test')");
    }

    private static List<String> row(Statement sql, long id) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT CLOSED_ON, FURTHEST_STAGE FROM SAL_OPPORTUNITY WHERE ID = " + id)) {
            row.next();
            Date closed = row.getDate(1);
            return List.of(String.valueOf(closed), row.getString(2));
        }
    }

    /** The {@code <sql>} statements of changeset 6-forecast, as Liquibase runs them. */
    private static List<String> backfill() throws Exception {
        try (InputStream in = SalesDatabase.class.getClassLoader().getResourceAsStream("db/sales-changelog.xml")) {
            NodeList sets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("changeSet");
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                if (set.getAttribute("id").equals("6-forecast")) {
                    NodeList sql = set.getElementsByTagName("sql");
                    for (int j = 0; j < sql.getLength(); j++) {
                        statements.add(sql.item(j).getTextContent().strip());
                    }
                }
            }
            assertEquals(2, statements.size(), "closed day and furthest stage");
            return statements;
        }
    }
}
