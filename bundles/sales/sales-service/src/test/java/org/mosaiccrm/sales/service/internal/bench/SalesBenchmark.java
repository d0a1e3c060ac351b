package org.mosaiccrm.sales.service.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.BenchDatabase;
import org.mosaiccrm.platform.persistence.testing.BenchTimes.Sql;
import org.mosaiccrm.platform.persistence.testing.BenchTimes;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.mosaiccrm.platform.security.service.internal.user.DatabaseUserDirectory;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.mosaiccrm.sales.service.internal.SalesEvents;
import org.mosaiccrm.sales.service.internal.SalesModule;
import org.mosaiccrm.sales.service.internal.forecast.JpaForecastService;
import org.mosaiccrm.sales.service.internal.opportunity.JpaOpportunityService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The pipeline board, the opportunity list, the forecast and the funnel at 100,000 opportunities
 * (default; {@code -Dbench.rows=N}), each through the service (as a manager whose team owns them
 * all, and as one of its 20 reps: permission and record scope included) against the same SQL run
 * by hand over JDBC on the same Derby in the same run. Prints the figures and writes them to
 * {@code target/bench/sales-benchmark.md}.
 *
 * <pre>./mvnw -o -Pbench -pl bundles/sales/sales-service test</pre>
 */
@Tag("bench")
class SalesBenchmark {

    private static final int REPS = 20;
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    private static final String[] STAGES = { "qualify", "needs", "proposal", "negotiation" };
    private static final int[] PROBABILITY = { 10, 25, 50, 75 };

    private final Random random = new Random(20261124L);
    private final StringBuilder report = new StringBuilder("| what | as | service p50 / p95 | raw SQL p50 / p95 | ratio at p95 |\n"
            + "|---|---|---|---|---|\n");

    @Test
    void pipelineForecastAndFunnelAtScale() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toString());
        // -Dbench.plans=true: Derby writes the plan of every statement to target/derby.log
        System.setProperty("derby.language.logQueryPlan", Boolean.getBoolean("bench.plans") + "");
        DataSource db = BenchDatabase.create("sales-" + System.nanoTime());
        try (SecurityFixture security = new SecurityFixture("sales-bench")) {
            SalesDatabase database = new SalesDatabase(new DataSourceModuleDatabases(db, security.modules()));
            JpaOpportunityService opportunities = new JpaOpportunityService(database, security.policy, null, security.auditLog,
                    new SalesEvents(new EventAdmin() {
                        @Override
                        public void postEvent(Event event) {
                            // nobody listens in the benchmark
                        }

                        @Override
                        public void sendEvent(Event event) {
                            // nobody listens in the benchmark
                        }
                    }));
            JpaForecastService forecasts = new JpaForecastService(database, security.policy,
                    new DatabaseUserDirectory(security.database, security.policy, security.grants), security.auditLog, SalesModule.commitAt(80));
            Team team = security.team("East");
            Subject manager = security.user("boss", team.id(), "sales-manager");
            List<Subject> reps = new ArrayList<>();
            for (int i = 0; i < REPS; i++) {
                reps.add(security.user("rep" + i, team.id(), "sales-rep"));
            }
            long started = System.nanoTime();
            try (Connection connection = db.getConnection()) {
                write(connection, rows, reps.stream().mapToLong(Subject::userId).toArray());
            }
            System.out.printf(Locale.ROOT, "wrote %,d opportunities and their stage history in %d s%n", rows,
                    (System.nanoTime() - started) / 1_000_000_000);
            assertEquals(rows, CurrentSubject.callAs(manager, () -> opportunities.board(0)).stream().mapToLong(c -> c.count()).sum()
                    + countClosed(db), "the manager's board counts every open opportunity");

            LocalDate today = LocalDate.now();
            YearMonth month = YearMonth.from(today);
            try (Connection raw = db.getConnection()) {
                for (Subject who : List.of(manager, reps.get(0))) {
                    String as = who == manager ? "manager (team of " + (REPS + 1) + ")" : "rep";
                    String owners = who == manager ? " AND o.OWNER_ID IN (" + reps.stream().map(r -> String.valueOf(r.userId()))
                            .collect(Collectors.joining(",")) + "," + manager.userId() + ")" : " AND o.OWNER_ID = " + who.userId();
                    boolean overTeam = who == manager;
                    measure("board: stage totals + newest 50 per stage", as, () -> opportunities.board(50), who,
                            () -> rawBoard(raw, owners, overTeam));
                    measure("list page of 50 (open, random offset < 1,000)", as,
                            () -> opportunities.list(OpportunityStatus.OPEN, random.nextInt(1000), 50), who,
                            () -> rawList(raw, owners, overTeam, random.nextInt(1000)));
                    measure("forecast of this quarter", as, () -> forecasts.forecast(month.minusMonths(1), month.plusMonths(1)), who,
                            () -> rawForecast(raw, owners, overTeam, month.minusMonths(1).atDay(1), month.plusMonths(2).atDay(1)));
                    measure("funnel of the last 90 days", as, () -> forecasts.funnel(today.minusDays(89), today), who,
                            () -> rawFunnel(raw, owners, today.minusDays(89)));
                }
            }
            database.database().close();
        }
        String text = "Sales on " + BenchDatabase.label() + " at " + String.format(Locale.ROOT, "%,d", rows) + " opportunities (" + REPS + " reps, one team)\n\n" + report;
        System.out.println(text);
        Files.writeString(Path.of("target/bench/sales-benchmark" + (BenchDatabase.isPostgreSql() ? "-postgresql" : "") + ".md"), text);
    }


    private void measure(String what, String as, Runnable service, Subject who, Sql raw) throws SQLException {
        String line = BenchTimes.alternately(WARM_UP, SAMPLES, () -> CurrentSubject.runAs(who, service), raw).row(what, as);
        System.out.println(line);
        report.append(line).append('\n');
    }

    // ---- the same SQL by hand (over a team naming the index to walk, as the services do) ----

    private static String opportunities(boolean team, String index) {
        return "SAL_OPPORTUNITY o" + (team ? derbyIndex(index) : "");
    }

    private static final String COLUMNS = "o.ID, o.CUSTOMER_ID, o.NAME, o.STAGE_CODE, o.AMOUNT, o.CURRENCY, o.EXPECTED_CLOSE, o.PROBABILITY,"
            + " o.COMPETITORS, o.NEXT_STEP, o.OWNER_ID, o.STATUS, o.LOST_REASON, o.CREATED_AT, o.VERSION";

    private static void rawBoard(Connection c, String owners, boolean team) throws SQLException {
        drain(c, "SELECT o.STAGE_CODE, o.CURRENCY, COUNT(*), SUM(o.AMOUNT), SUM(o.AMOUNT * o.PROBABILITY) FROM "
                + opportunities(team, "SAL_OPP_TOTALS_IX") + " WHERE o.STATUS = 'OPEN'" + owners + " GROUP BY o.STAGE_CODE, o.CURRENCY");
        for (String stage : STAGES) {
            drain(c, "SELECT " + COLUMNS + " FROM " + opportunities(team, "SAL_OPP_STAGE_IX") + " WHERE o.STATUS = 'OPEN'"
                    + " AND o.STAGE_CODE = '" + stage + "'" + owners
                    + " ORDER BY o.ID DESC FETCH FIRST 50 ROWS ONLY");
        }
    }

    private static void rawList(Connection c, String owners, boolean team, int offset) throws SQLException {
        drain(c, "SELECT " + COLUMNS + " FROM " + opportunities(team, "SAL_OPP_NEWEST_IX") + " WHERE o.STATUS = 'OPEN'" + owners + " ORDER BY o.ID DESC OFFSET " + offset
                + " ROWS FETCH NEXT 50 ROWS ONLY");
    }

    private static void rawForecast(Connection c, String owners, boolean team, LocalDate start, LocalDate end) throws SQLException {
        String range = " >= CAST('" + start + "' AS DATE) AND ";
        drain(c, "SELECT o.OWNER_ID, o.CURRENCY, o.EXPECTED_CLOSE, SUM(o.AMOUNT), SUM(o.AMOUNT * o.PROBABILITY),"
                + " SUM(CASE WHEN o.PROBABILITY >= 80 THEN o.AMOUNT ELSE 0 END), COUNT(*) FROM "
                + opportunities(team, "SAL_OPP_EXPECTED_IX") + " WHERE o.STATUS = 'OPEN'"
                + " AND o.EXPECTED_CLOSE" + range + "o.EXPECTED_CLOSE < CAST('" + end + "' AS DATE)" + owners
                + " GROUP BY o.OWNER_ID, o.CURRENCY, o.EXPECTED_CLOSE");
        drain(c, "SELECT o.OWNER_ID, o.CURRENCY, o.CLOSED_ON, SUM(o.AMOUNT) FROM SAL_OPPORTUNITY o WHERE o.STATUS = 'WON'"
                + " AND o.CLOSED_ON" + range + "o.CLOSED_ON < CAST('" + end + "' AS DATE)" + owners + " GROUP BY o.OWNER_ID, o.CURRENCY, o.CLOSED_ON");
        drain(c, "SELECT * FROM SAL_QUOTA q WHERE q.MONTH_START >= CAST('" + start + "' AS DATE) AND q.MONTH_START < CAST('" + end + "' AS DATE)"
                + owners.replace("o.OWNER_ID", "q.OWNER_ID"));
    }

    private static void rawFunnel(Connection c, String owners, LocalDate from) throws SQLException {
        String created = " o.CREATED_AT >= CAST('" + from + " 00:00:00' AS TIMESTAMP)";
        drain(c, "SELECT o.STATUS, o.FURTHEST_STAGE, COUNT(*) FROM SAL_OPPORTUNITY o" + derbyIndex("SAL_OPP_CREATED_IX")
                + " WHERE" + created + owners + " GROUP BY o.STATUS, o.FURTHEST_STAGE");
    }

    /** Derby's optimizer hint, as the services give it (SqlDialect); PostgreSQL plans without one. */
    private static String derbyIndex(String index) {
        return BenchDatabase.isPostgreSql() ? "" : " --DERBY-PROPERTIES index=" + index + "\n";
    }

    private static void drain(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    private static long countClosed(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rows = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM SAL_OPPORTUNITY WHERE STATUS <> 'OPEN'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // ---- the data ----

    /**
     * Opportunities created over the last two years, spread over the reps: 55 % open (expected to
     * close from a month ago to six months ahead), 25 % won, 20 % lost; each with the stage history
     * up to the furthest stage it reached.
     */
    private void write(Connection c, int rows, long[] owners) throws SQLException {
        c.setAutoCommit(false);
        LocalDate today = LocalDate.now();
        ZoneId zone = ZoneId.systemDefault();
        long changeId = 1;
        try (PreparedStatement opportunity = c.prepareStatement("INSERT INTO SAL_OPPORTUNITY (ID, CUSTOMER_ID, NAME, NAME_KEY,"
                + " STAGE_CODE, AMOUNT, CURRENCY, EXPECTED_CLOSE, PROBABILITY, COMPETITORS, NEXT_STEP, OWNER_ID, STATUS, LOST_REASON,"
                + " CREATED_AT, VERSION, CLOSED_ON, FURTHEST_STAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, 0, ?, ?)");
                PreparedStatement change = c.prepareStatement("INSERT INTO SAL_STAGE_CHANGE (ID, OPPORTUNITY_ID, FROM_STAGE, TO_STAGE,"
                        + " CHANGED_AT, CHANGED_BY) VALUES (?, ?, ?, ?, ?, 'bench')")) {
            for (int id = 1; id <= rows; id++) {
                LocalDate created = today.minusDays(random.nextInt(730));
                int furthest = random.nextInt(STAGES.length);
                int outcome = random.nextInt(100);
                OpportunityStatus status = outcome < 55 ? OpportunityStatus.OPEN : outcome < 80 ? OpportunityStatus.WON : OpportunityStatus.LOST;
                LocalDate closed = status == OpportunityStatus.OPEN ? null : min(today, created.plusDays(10 + random.nextInt(110)));
                String name = "商机 " + id;
                opportunity.setLong(1, id);
                opportunity.setLong(2, 1 + random.nextInt(20_000));
                opportunity.setString(3, name);
                opportunity.setString(4, name.toLowerCase(Locale.ROOT));
                opportunity.setString(5, STAGES[furthest]);
                opportunity.setBigDecimal(6, BigDecimal.valueOf(10_000 + random.nextInt(1_990_000)).setScale(2));
                opportunity.setString(7, random.nextInt(10) == 0 ? "USD" : "CNY");
                LocalDate expected = status == OpportunityStatus.OPEN ? today.plusDays(-30 + random.nextInt(210)) : closed;
                opportunity.setDate(8, Date.valueOf(expected));
                opportunity.setInt(9, status == OpportunityStatus.WON ? 100 : status == OpportunityStatus.LOST ? 0 : PROBABILITY[furthest]);
                opportunity.setLong(10, owners[id % owners.length]);
                opportunity.setString(11, status.name());
                opportunity.setString(12, status == OpportunityStatus.LOST ? "预算取消" : "");
                opportunity.setTimestamp(13, Timestamp.from(created.atStartOfDay(zone).toInstant()));
                opportunity.setDate(14, closed == null ? null : Date.valueOf(closed));
                opportunity.setString(15, STAGES[furthest]);
                opportunity.addBatch();
                String from = "";
                for (int stage = 0; stage <= furthest; stage++) {
                    addChange(change, changeId++, id, from, STAGES[stage], created.plusDays(stage * 7L), zone);
                    from = STAGES[stage];
                }
                if (status != OpportunityStatus.OPEN) {
                    addChange(change, changeId++, id, from, status.name().toLowerCase(Locale.ROOT), closed, zone);
                }
                if (id % 500 == 0 || id == rows) {
                    opportunity.executeBatch();
                    change.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
    }

    private static void addChange(PreparedStatement change, long id, long opportunity, String from, String to, LocalDate at, ZoneId zone)
            throws SQLException {
        change.setLong(1, id);
        change.setLong(2, opportunity);
        change.setString(3, from);
        change.setString(4, to);
        change.setTimestamp(5, Timestamp.from(at.atStartOfDay(zone).toInstant()));
        change.addBatch();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
