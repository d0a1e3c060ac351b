package org.mosaiccrm.contract.service.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.contract.ContractGrouping;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.service.internal.ContractDatabase;
import org.mosaiccrm.contract.service.internal.ContractPermissions;
import org.mosaiccrm.contract.service.internal.ContractReceivables;
import org.mosaiccrm.contract.service.internal.JpaContractPayments;
import org.mosaiccrm.contract.service.internal.JpaContractReports;
import org.mosaiccrm.contract.service.internal.JpaContractService;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.BenchDatabase;
import org.mosaiccrm.platform.persistence.testing.BenchTimes;
import org.mosaiccrm.platform.persistence.testing.BenchTimes.Sql;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/**
 * The contracts list and "payments due in 30 days" at 1,000,000 contracts with 3,000,000
 * instalments (default; {@code -Dbench.rows=N} contracts, three instalments each), each through the
 * service (as a manager whose team owns them all, and as one of its 20 reps: permission and record
 * scope included) against the same SQL run by hand over JDBC on the same database in the same run.
 * Prints the figures and writes them to {@code target/bench/contract-benchmark.md}.
 *
 * <pre>./mvnw -o -Pbench -pl bundles/contract/contract-service test [-Dbench.db=postgresql]</pre>
 */
@Tag("bench")
class ContractBenchmark {

    private static final int REPS = 20;
    private static final int PAGE = 50;
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    /** The columns of a contract, as a list page reads them. */
    private static final String COLUMNS = "c.ID, c.CONTRACT_NUMBER, c.TITLE, c.TYPE_CODE, c.CUSTOMER_ID, c.OWNER_ID, c.AMOUNT, c.CURRENCY,"
            + " c.TAX_RATE, c.START_DATE, c.END_DATE, c.PAYMENT_TERMS, c.TERMS, c.STATUS, c.APPROVED_AT, c.CUSTOMER_SIGNED_ON,"
            + " c.OUR_SIGNED_ON, c.PLANNED_AMOUNT, c.RECEIVED_AMOUNT, c.INVOICED_AMOUNT, c.CLOSED_ON, c.CLOSING_REASON, c.CREATED_AT,"
            + " c.VERSION";

    private final Random random = new Random(20261207L);
    private final StringBuilder report = new StringBuilder("| what | as | service p50 / p95 | raw SQL p50 / p95 | ratio at p95 |\n"
            + "|---|---|---|---|---|\n");

    @Test
    void contractsListAndPaymentsDueAtScale() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toString());
        System.setProperty("derby.language.logQueryPlan", Boolean.getBoolean("bench.plans") + "");
        DataSource db = BenchDatabase.create("contract-" + System.nanoTime());
        String rollOver;
        StringBuilder unkept = new StringBuilder();
        try (SecurityFixture security = new SecurityFixture("contract-bench")) {
            ContractDatabase database = new ContractDatabase(new DataSourceModuleDatabases(db, security.modules()));
            // the list and the payments due need neither the customer core nor the approval engine
            JpaContractService contracts = new JpaContractService(database, security.policy, null, security.auditLog, null);
            JpaContractPayments payments = new JpaContractPayments(database, security.policy, security.auditLog);
            JpaContractReports reports = new JpaContractReports(database, security.policy);
            // the grants the module brings when it is installed
            ContractPermissions permissions = new ContractPermissions();
            security.roleDefaults.apply(ContractService.MODULE_ID, permissions.roleTemplates(), permissions.defaultGrants());
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
            System.out.printf(Locale.ROOT, "wrote %,d contracts and %,d instalments in %d s%n", rows, rows * 3L,
                    (System.nanoTime() - started) / 1_000_000_000);
            assertEquals(PAGE, CurrentSubject.callAs(manager, () -> contracts.listAfter(null, null, PAGE)).size());
            // the day's roll-over: the ageing counted from the open instalments (what a report would cost without it)
            started = System.nanoTime();
            new ContractReceivables(database).run();
            rollOver = String.format(Locale.ROOT, "the ageing counted from the open instalments (the daily roll-over): %,d ms",
                    (System.nanoTime() - started) / 1_000_000);
            System.out.println(rollOver);

            LocalDate until = LocalDate.now().plusDays(30);
            try (Connection raw = db.getConnection()) {
                for (Subject who : List.of(manager, reps.get(0))) {
                    String as = who == manager ? "manager (team of " + (REPS + 1) + ")" : "rep";
                    String owners = who == manager ? " AND c.OWNER_ID IN (" + reps.stream().map(r -> String.valueOf(r.userId()))
                            .collect(Collectors.joining(",")) + "," + manager.userId() + ")" : " AND c.OWNER_ID = " + who.userId();
                    boolean overTeam = who == manager;
                    measure("list page of 50 after a random contract", as, () -> contracts.listAfter(null, afterId(rows), PAGE), who,
                            () -> drain(raw, "SELECT " + COLUMNS + " FROM CON_CONTRACT c" + (overTeam ? derby("index=CON_CONTRACT_NEWEST_IX") : "")
                                    + " WHERE c.ID < " + afterId(rows) + owners
                                    + " ORDER BY c.ID DESC FETCH FIRST " + PAGE + " ROWS ONLY"));
                    measure("list page of 50 in execution, after a random contract", as,
                            () -> contracts.listAfter(ContractStatus.IN_EXECUTION, afterId(rows), PAGE), who,
                            () -> drain(raw, "SELECT " + COLUMNS + " FROM CON_CONTRACT c" + (overTeam ? derby("index=CON_CONTRACT_STATUS_IX") : "")
                                    + " WHERE c.STATUS = 'IN_EXECUTION' AND c.ID < "
                                    + afterId(rows) + owners + " ORDER BY c.ID DESC FETCH FIRST " + PAGE + " ROWS ONLY"));
                    measure("payments due in 30 days (overdue first), first 50", as, () -> payments.dueBy(until, null, null, PAGE), who,
                            () -> rawDue(raw, "SELECT i.* FROM" + derby("joinOrder=FIXED") + " CON_INSTALMENT i"
                                    + derby("index=CON_INSTALMENT_OPEN_IX") + ", CON_CONTRACT c"
                                    + derby("constraint=CON_CONTRACT_PK, joinStrategy=NESTEDLOOP") + " WHERE c.ID = i.CONTRACT_ID"
                                    + " AND i.SETTLED = FALSE AND i.DUE_DATE <= CAST('" + until + "' AS DATE)"
                                    + " AND c.STATUS IN ('SIGNED', 'IN_EXECUTION')" + owners + " ORDER BY i.DUE_DATE, i.ID FETCH FIRST "
                                    + PAGE + " ROWS ONLY"));
                    String receivableOwners = owners.replace("c.OWNER_ID", "OWNER_ID");
                    measure("receivables ageing per owner", as, () -> reports.ageingByOwner(), who,
                            () -> drain(raw, "SELECT OWNER_ID, CURRENCY, DAYS_30, DAYS_60, DAYS_90, OVER_90 FROM CON_RECEIVABLE_OWNER"
                                    + " WHERE TOTAL > 0" + receivableOwners + " ORDER BY TOTAL DESC, OWNER_ID, CURRENCY"));
                    measure("receivables ageing per customer, largest 50", as, () -> reports.ageingByCustomer(null, PAGE), who,
                            () -> drain(raw, "SELECT OWNER_ID, CUSTOMER_ID, CURRENCY, DAYS_30, DAYS_60, DAYS_90, OVER_90 FROM CON_RECEIVABLE r"
                                    + (overTeam ? derby("index=CON_RECEIVABLE_LARGEST_IX") : "") + " WHERE TOTAL > 0" + receivableOwners
                                    + " ORDER BY TOTAL DESC, OWNER_ID, CUSTOMER_ID, CURRENCY FETCH FIRST " + PAGE + " ROWS ONLY"));
                    LocalDate yearAgo = LocalDate.now().minusYears(1).plusDays(1);
                    String year = " >= CAST('" + yearAgo + "' AS DATE) AND ";
                    String todayCast = " <= CAST('" + LocalDate.now() + "' AS DATE)";
                    measure("contracts signed in the last 12 months, per month", as,
                            () -> reports.signed(ContractGrouping.MONTH, yearAgo, LocalDate.now()), who,
                            () -> drain(raw, "SELECT SIGNED_ON, CURRENCY, SUM(CONTRACTS), SUM(AMOUNT), SUM(RECEIVED), SUM(INVOICED)"
                                    + " FROM CON_SIGNED_DAY WHERE SIGNED_ON" + year + "SIGNED_ON" + todayCast
                                    + receivableOwners + " GROUP BY SIGNED_ON, CURRENCY"));
                    // what the kept sums save: the same figures summed from the contracts themselves
                    String fromContracts = "SELECT c.CUSTOMER_SIGNED_ON, c.CURRENCY, COUNT(*), SUM(c.AMOUNT), SUM(c.RECEIVED_AMOUNT),"
                            + " SUM(c.INVOICED_AMOUNT) FROM CON_CONTRACT c WHERE c.CUSTOMER_SIGNED_ON" + year + "c.CUSTOMER_SIGNED_ON"
                            + todayCast + owners + " GROUP BY c.CUSTOMER_SIGNED_ON, c.CURRENCY";
                    long summing = System.nanoTime();
                    for (int i = 0; i < 5; i++) {
                        drain(raw, fromContracts);
                    }
                    String saved = String.format(Locale.ROOT, "contracts signed in the last 12 months summed from the contracts"
                            + " themselves, as %s: %,d ms each", as, (System.nanoTime() - summing) / 5_000_000);
                    System.out.println(saved);
                    unkept.append(saved).append('\n');
                    long someone = reps.get(0).userId(); // the rep's own customers, or one rep's of the manager's team
                    measure("receivables ageing of one rep's customers, largest 50", as,
                            () -> reports.ageingByCustomer(someone, PAGE), who,
                            () -> drain(raw, "SELECT OWNER_ID, CUSTOMER_ID, CURRENCY, DAYS_30, DAYS_60, DAYS_90, OVER_90 FROM CON_RECEIVABLE r"
                                    + " WHERE TOTAL > 0 AND OWNER_ID = " + someone
                                    + " ORDER BY TOTAL DESC, OWNER_ID, CUSTOMER_ID, CURRENCY FETCH FIRST " + PAGE + " ROWS ONLY"));
                }
            }
            database.database().close();
        }
        String text = "Contracts on " + BenchDatabase.label() + " at " + String.format(Locale.ROOT, "%,d", rows) + " contracts, "
                + String.format(Locale.ROOT, "%,d", rows * 3L) + " instalments (" + REPS + " reps, one team)\n\n" + report + "\n" + rollOver + "\n"
                + unkept;
        System.out.println(text);
        Files.writeString(Path.of("target/bench/contract-benchmark" + (BenchDatabase.isPostgreSql() ? "-postgresql" : "") + ".md"), text);
    }

    /** Derby's optimizer overrides, as the services give them (SqlDialect); PostgreSQL plans without them. */
    private static String derby(String properties) {
        return BenchDatabase.isPostgreSql() ? "" : " --DERBY-PROPERTIES " + properties + "\n";
    }

    /** A page somewhere in the newer half, as a user who scrolled a little would ask for. */
    private long afterId(int rows) {
        return rows / 2 + random.nextInt(rows / 2) + 1;
    }

    private void measure(String what, String as, Runnable service, Subject who, Sql raw) throws SQLException {
        String line = BenchTimes.alternately(WARM_UP, SAMPLES, () -> CurrentSubject.runAs(who, service), raw).row(what, as);
        System.out.println(line);
        report.append(line).append('\n');
    }

    /** The page of instalments, then their contracts by key: the service's two statements. */
    private static void rawDue(Connection c, String sql) throws SQLException {
        List<Long> contracts = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
                contracts.add(rows.getLong("CONTRACT_ID"));
            }
        }
        if (!contracts.isEmpty()) {
            drain(c, "SELECT " + COLUMNS + " FROM CON_CONTRACT c WHERE c.ID IN (" + contracts.stream().distinct().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ")");
        }
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

    // ---- the data ----

    /**
     * Contracts started over the last three years, for one to three years, spread over the reps:
     * 45 % in execution, 25 % completed, 15 % signed, the rest drafts, in approval, approved,
     * terminated or void; three instalments each over its term. Completed ones are paid in full; of
     * those in execution, instalments already due are paid four times in five (the rest overdue).
     */
    private void write(Connection c, int rows, long[] owners) throws SQLException {
        c.setAutoCommit(false);
        LocalDate today = LocalDate.now();
        ZoneId zone = ZoneId.systemDefault();
        long instalmentId = 1;
        try (PreparedStatement contract = c.prepareStatement("INSERT INTO CON_CONTRACT (ID, CONTRACT_NUMBER, TITLE, TYPE_CODE, CUSTOMER_ID,"
                + " OWNER_ID, AMOUNT, CURRENCY, TAX_RATE, START_DATE, END_DATE, PAYMENT_TERMS, TERMS, STATUS, CREATED_AT, VERSION,"
                + " PLANNED_AMOUNT, RECEIVED_AMOUNT, INVOICED_AMOUNT, CLOSING_REASON, CUSTOMER_SIGNED_ON, OUR_SIGNED_ON) VALUES (?, ?, ?,"
                + " 'sales', ?, ?, ?, 'CNY', 13, ?, ?, '', '', ?, ?, 0, ?, ?, ?, '', ?, ?)");
                PreparedStatement instalment = c.prepareStatement("INSERT INTO CON_INSTALMENT (ID, CONTRACT_ID, INSTALMENT_NO, DUE_DATE,"
                        + " AMOUNT, RECEIVED, REMIND_DAYS, REMIND_ON, REMINDED_DUE, REMINDED_OVERDUE, SETTLED) VALUES (?, ?, ?, ?, ?, ?, 7, ?, ?, ?, ?)")) {
            for (int id = 1; id <= rows; id++) {
                LocalDate start = today.minusDays(random.nextInt(3 * 365));
                LocalDate end = start.plusDays(365 + random.nextInt(2 * 365));
                ContractStatus status = status(random.nextInt(100));
                BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(1_990_000)).setScale(2);
                BigDecimal third = amount.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
                BigDecimal received = BigDecimal.ZERO.setScale(2);
                long span = end.toEpochDay() - start.toEpochDay();
                for (int n = 1; n <= 3; n++) {
                    LocalDate due = start.plusDays(span * n / 3);
                    BigDecimal dueAmount = n < 3 ? third : amount.subtract(third.multiply(BigDecimal.valueOf(2)));
                    boolean paid = status == ContractStatus.COMPLETED
                            || status == ContractStatus.IN_EXECUTION && due.isBefore(today) && random.nextInt(5) > 0;
                    BigDecimal in = paid ? dueAmount : BigDecimal.ZERO.setScale(2);
                    received = received.add(in);
                    instalment.setLong(1, instalmentId++);
                    instalment.setLong(2, id);
                    instalment.setInt(3, n);
                    instalment.setDate(4, Date.valueOf(due));
                    instalment.setBigDecimal(5, dueAmount);
                    instalment.setBigDecimal(6, in);
                    instalment.setDate(7, Date.valueOf(due.minusDays(7)));
                    instalment.setBoolean(8, paid || !due.minusDays(7).isAfter(today));
                    instalment.setBoolean(9, paid || due.isBefore(today));
                    instalment.setBoolean(10, paid);
                    instalment.addBatch();
                }
                contract.setLong(1, id);
                contract.setString(2, String.format(Locale.ROOT, "HT-%d-%07d", start.getYear(), id));
                contract.setString(3, "合同 " + id);
                contract.setLong(4, 1 + random.nextInt(50_000));
                contract.setLong(5, owners[id % owners.length]);
                contract.setBigDecimal(6, amount);
                contract.setDate(7, Date.valueOf(start));
                contract.setDate(8, Date.valueOf(end));
                contract.setString(9, status.name());
                contract.setTimestamp(10, Timestamp.from(start.atStartOfDay(zone).toInstant()));
                contract.setBigDecimal(11, amount);
                contract.setBigDecimal(12, received);
                contract.setBigDecimal(13, status == ContractStatus.COMPLETED ? amount : received);
                // signed on the day it starts, unless it never was
                boolean signed = switch (status) {
                    case SIGNED, IN_EXECUTION, COMPLETED, TERMINATED -> true;
                    default -> false;
                };
                contract.setDate(14, signed ? Date.valueOf(start) : null);
                contract.setDate(15, signed ? Date.valueOf(start) : null);
                contract.addBatch();
                if (id % 1000 == 0 || id == rows) {
                    contract.executeBatch();
                    instalment.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
    }

    private static ContractStatus status(int percent) {
        if (percent < 45) {
            return ContractStatus.IN_EXECUTION;
        }
        if (percent < 70) {
            return ContractStatus.COMPLETED;
        }
        if (percent < 85) {
            return ContractStatus.SIGNED;
        }
        return List.of(ContractStatus.DRAFT, ContractStatus.PENDING_APPROVAL, ContractStatus.APPROVED, ContractStatus.TERMINATED,
                ContractStatus.VOID).get(percent % 5);
    }
}
