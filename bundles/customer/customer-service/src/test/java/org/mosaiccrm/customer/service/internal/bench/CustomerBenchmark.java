package org.mosaiccrm.customer.service.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.platform.jobs.testing.ExecutorJobs;
import org.mosaiccrm.platform.persistence.testing.BenchDatabase;
import org.mosaiccrm.platform.persistence.testing.BenchTimes;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.service.internal.CustomerModule;
import org.mosaiccrm.customer.service.internal.SearchKeys;
import org.mosaiccrm.customer.service.internal.csv.CsvBench;
import org.mosaiccrm.customer.service.internal.demo.DemoCustomers;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.ImportSettings;

/**
 * The customer core at scale (default 1,000,000 customers), each figure against a baseline
 * measured in the same run on the same Derby: the CSV import through the full service path
 * (parsing, validation, duplicate check, audit) against a raw JDBC batch insert of the same rows;
 * a list page and a search through the service against the raw indexed SQL of the same page.
 * Prints its figures and writes them to {@code target/bench/customer-benchmark.md}.
 *
 * <pre>./mvnw -o -Pbench -pl bundles/customer/customer-service test [-Dbench.rows=1000000]</pre>
 */
@Tag("bench")
class CustomerBenchmark {

    private static final int SAMPLES = 300;
    private static final int PAGE = 50;
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 3_000);

    @Test
    void customersAtScale() throws Exception {
        long rows = Long.getLong("bench.rows", 1_000_000);
        Path dir = Path.of("target/bench").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toString());
        Path file = dir.resolve("customers.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DemoCustomers(20261124L).write(rows, out);
        }
        StringBuilder report = new StringBuilder("| what | Mosaic | raw baseline | ratio |\n|---|---|---|---|\n");

        // the same schema in two databases of the same Derby: one for the raw insert, one for the service
        // (one module open at a time: EclipseLink shares a session between units of the same name)
        DataSource rawDb = database("raw");
        long owner;
        try (CustomerModule schemaOnly = new CustomerModule("bench-raw", rawDb)) {
            owner = schemaOnly.rep.userId(); // Liquibase has created the tables and indexes
        }
        long rawStart = System.nanoTime();
        long rawRows = rawInsert(rawDb, file, owner);
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

        if (BenchDatabase.isPostgreSql()) { // PostgreSQL's fastest way in: COPY of the same rows
            DataSource copyDb = database("copy");
            try (CustomerModule schemaOnly = new CustomerModule("bench-copy", copyDb)) {
                assertEquals(owner, schemaOnly.rep.userId());
            }
            long copyStart = System.nanoTime();
            assertEquals(rawRows, copyIn(copyDb, file, owner));
            copySeconds = (System.nanoTime() - copyStart) / 1e9;
        }

        try (CustomerModule module = new CustomerModule("bench-service", database("service"))) {
            assertEquals(owner, module.rep.userId(), "the same owner in both databases");

            var csv = CsvBench.service(module, dir.resolve("work"), ExecutorJobs.onCallingThread());
            long start = System.nanoTime();
            CsvImportStatus done = module.as(module.rep, () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    CsvSample read = csv.receive(CustomerCsv.IMPORT_ID, "customers.csv", in);
                    String job = csv.start(CustomerCsv.IMPORT_ID, read.fileId(), new ImportSettings(read.encoding(),
                            read.delimiter(), csv.suggestedMapping(CustomerCsv.IMPORT_ID, read), DuplicatePolicy.SKIP)).jobId();
                    return csv.status(CustomerCsv.IMPORT_ID, job).orElseThrow();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double ourSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "imported in %.0f s (raw JDBC %.0f s, COPY %.0f s)%n", ourSeconds, rawSeconds, copySeconds);
            assertEquals(rows, done.created(), "every row imported: " + done);
            assertEquals(rows, rawRows);
            report.append(String.format(Locale.ROOT, "| import %,d rows (rows/s) | %,.0f | %,.0f | %.2f |%n", rows,
                    rows / ourSeconds, rows / rawSeconds, rawSeconds / ourSeconds));
            if (copySeconds > 0) {
                report.append(String.format(Locale.ROOT, "| import %,d rows beside PostgreSQL's COPY (rows/s) | %,.0f | %,.0f | %.2f |%n",
                        rows, rows / ourSeconds, rows / copySeconds, copySeconds / ourSeconds));
            }

            // pages and searches at random places: the service (as a rep owning all rows) and the raw query
            List<String[]> keys = randomKeys(rawDb, SAMPLES);
            if (Boolean.getBoolean("bench.plans") && !BenchDatabase.isPostgreSql()) { // Derby writes every plan to derby.log
                try (Connection connection = database("service").getConnection()) {
                    connection.createStatement().execute(
                            "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.logQueryPlan', 'true')");
                }
            }
            BenchTimes ourPage = measure(keys, k -> module.as(module.rep, () -> module.customers.list(CustomerQuery.ALL,
                    new PageCursor(k[0], Long.parseLong(k[1])), PAGE).items().size()));
            BenchTimes rawPage = measure(keys, k -> rawPage(rawDb, owner, null, k));
            report.append(row("list page of " + PAGE + " after a random customer", ourPage, rawPage));

            CustomerQuery active = CustomerQuery.ALL.withStage(LifecycleStage.ACTIVE);
            BenchTimes ourFiltered = measure(keys, k -> module.as(module.rep, () -> module.customers.list(active,
                    new PageCursor(k[0], Long.parseLong(k[1])), PAGE).items().size()));
            BenchTimes rawFiltered = measure(keys, k -> rawPage(rawDb, owner, "ACTIVE", k));
            report.append(row("list page filtered by stage", ourFiltered, rawFiltered));

            BenchTimes ourSearch = measure(keys, k -> module.as(module.rep, () -> module.customers.search(prefix(k[2]), 20).size()));
            BenchTimes rawSearch = measure(keys, k -> rawSearch(rawDb, owner, prefix(k[2])));
            report.append(row("search by name prefix (20 hits)", ourSearch, rawSearch));

            // contacts: written straight into the service's database (the import makes customers only), then
            // the contact search through the service against the raw indexed query on the same data
            DataSource serviceDb = database("service");
            long contactsPerCustomer = Long.getLong("bench.contactsPerCustomer", 3);
            long contactStart = System.nanoTime();
            List<String[]> contactKeys = insertContacts(serviceDb, owner, contactsPerCustomer);
            double contactSeconds = (System.nanoTime() - contactStart) / 1e9;
            long contacts = rows * contactsPerCustomer;
            System.out.printf(Locale.ROOT, "%,d contacts written in %.0f s%n", contacts, contactSeconds);
            BenchTimes ourContactName = measure(contactKeys, k -> module.as(module.rep, () -> module.contacts.search(k[0], 20).size()));
            BenchTimes rawContactName = measure(contactKeys, k -> rawContactSearch(serviceDb, owner, "NAME_KEY", k[0]));
            report.append(row(String.format(Locale.ROOT, "contact search by name prefix, %,d contacts (20 hits)", contacts),
                    ourContactName, rawContactName));
            BenchTimes ourContactMobile = measure(contactKeys, k -> module.as(module.rep, () -> module.contacts.search(k[1], 20).size()));
            BenchTimes rawContactMobile = measure(contactKeys, k -> rawContactSearch(serviceDb, owner, "MOBILE_KEY", k[1]));
            report.append(row("contact search by mobile prefix (7 digits)", ourContactMobile, rawContactMobile));
        }
        String text = "Customer benchmark on " + BenchDatabase.label() + ", " + String.format(Locale.ROOT, "%,d", rows) + " customers, "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + Instant.now() + "\n\n" + report;
        System.out.println(text);
        Files.writeString(dir.resolve("customer-benchmark" + (BenchDatabase.isPostgreSql() ? "-postgresql" : "") + ".md"), text);
    }

    private static String prefix(String nameKey) {
        return nameKey.substring(0, Math.min(3, nameKey.length()));
    }

    private static String row(String what, BenchTimes ours, BenchTimes raw) {
        return String.format(Locale.ROOT, "| %s: p50 / p95 ms | %.2f / %.2f | %.2f / %.2f | %.2f (p95) |%n", what,
                ours.p50(), ours.p95(), raw.p50(), raw.p95(), ours.p95() / raw.p95());
    }

    private final java.util.Map<String, DataSource> databases = new java.util.HashMap<>();
    private double copySeconds;

    /** The benchmark's database of that name, made empty on first use (Derby on disk or PostgreSQL: -Dbench.db). */
    private DataSource database(String name) {
        return databases.computeIfAbsent(name, BenchDatabase::create);
    }

    /** The baseline: the file parsed with the same CSV library, rows batch-inserted with plain JDBC. */
    private static long rawInsert(DataSource db, Path file, long owner) throws Exception {
        String sql = "INSERT INTO CUS_CUSTOMER (" + CUSTOMER_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        long count = 0;
        try (Connection connection = db.getConnection();
                Reader reader = new java.io.InputStreamReader(BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT.builder()
                        .setHeader().setSkipHeaderRecord(true).get()).get();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (CSVRecord record : parser) {
                count++;
                Object[] values = customerRow(record, count, owner, now);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        insert.setNull(i + 1, java.sql.Types.VARCHAR);
                    } else {
                        insert.setObject(i + 1, values[i]);
                    }
                }
                insert.addBatch();
                if (count % 500 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return count;
    }

    private static final String CUSTOMER_COLUMNS = "ID, NAME, NAME_KEY, SORT_KEY, MATCH_KEY, TYPE, STAGE, GRADE, INDUSTRY,"
            + " COMPANY_SIZE, SOURCE, REGION, CITY, ADDRESS, EMAIL, EMAIL_KEY, PHONE, PHONE_KEY, WEBSITE, NOTES, OWNER_ID,"
            + " CREATED_AT, VERSION";

    /** One customer row of the demo file as the baselines write it (the service's keys computed alike). */
    private static Object[] customerRow(CSVRecord record, long id, long owner, Timestamp now) {
        String name = record.get(0);
        return new Object[] { id, name, SearchKeys.name(name), SearchKeys.sort(name), SearchKeys.match(name), record.get(1),
            record.get(2), record.get(3).isEmpty() ? null : record.get(3), record.get(4), null, record.get(6), record.get(7),
            record.get(8), record.get(9), record.get(10), SearchKeys.email(record.get(10)), record.get(11),
            SearchKeys.phone(record.get(11)), record.get(12), record.get(14), owner, now, 1L };
    }

    /** PostgreSQL's baseline: the same rows sent with {@code COPY ... FROM STDIN} in chunks of 10,000. */
    private static long copyIn(DataSource db, Path file, long owner) throws Exception {
        long count = 0;
        try (Connection connection = db.getConnection();
                Reader reader = new java.io.InputStreamReader(BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT.builder()
                        .setHeader().setSkipHeaderRecord(true).get()).get()) {
            org.postgresql.copy.CopyManager copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            String sql = "COPY CUS_CUSTOMER (" + CUSTOMER_COLUMNS + ") FROM STDIN (FORMAT csv)";
            Timestamp now = Timestamp.from(Instant.now());
            StringBuilder chunk = new StringBuilder();
            java.util.function.Consumer<StringBuilder> send = text -> {
                try {
                    copy.copyIn(sql, new java.io.StringReader(text.toString()));
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException(e);
                }
                text.setLength(0);
            };
            try (org.apache.commons.csv.CSVPrinter rows = new org.apache.commons.csv.CSVPrinter(chunk, CSVFormat.DEFAULT)) {
                for (CSVRecord record : parser) {
                    count++;
                    rows.printRecord(customerRow(record, count, owner, now));
                    if (count % 10_000 == 0) {
                        send.accept(chunk);
                    }
                }
            }
            send.accept(chunk);
        }
        return count;
    }

    /**
     * {@code perCustomer} demo contacts for every customer, owned like their customer, batch-inserted;
     * returns {@link #SAMPLES} of them spread over the table as (name prefix, mobile prefix).
     */
    private static List<String[]> insertContacts(DataSource db, long owner, long perCustomer) throws SQLException {
        String sql = "INSERT INTO CUS_CONTACT (ID, CUSTOMER_ID, OWNER_ID, NAME, NAME_KEY, TITLE, MOBILE, MOBILE_KEY, EMAIL,"
                + " EMAIL_KEY, CREATED_AT, VERSION) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)";
        DemoCustomers demo = new DemoCustomers(20261125L);
        List<String[]> samples = new ArrayList<>();
        Random random = new Random(11);
        try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(sql);
                ResultSet customers = connection.createStatement().executeQuery("SELECT ID FROM CUS_CUSTOMER")) {
            List<Long> customerIds = new ArrayList<>();
            while (customers.next()) {
                customerIds.add(customers.getLong(1));
            }
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long total = customerIds.size() * perCustomer;
            long id = 0;
            for (long customerId : customerIds) {
                for (int i = 0; i < perCustomer; i++) {
                    id++;
                    DemoCustomers.DemoContact contact = demo.contact(id);
                    String nameKey = SearchKeys.name(contact.name());
                    insert.setLong(1, id);
                    insert.setLong(2, customerId);
                    insert.setLong(3, owner);
                    insert.setString(4, contact.name());
                    insert.setString(5, nameKey);
                    insert.setString(6, contact.title());
                    insert.setString(7, contact.mobile());
                    insert.setString(8, SearchKeys.phone(contact.mobile()));
                    insert.setString(9, contact.email());
                    insert.setString(10, SearchKeys.email(contact.email()));
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if (id % 1_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                    if (random.nextDouble() < (double) SAMPLES / total && samples.size() < SAMPLES) {
                        samples.add(new String[] { nameKey.substring(0, Math.min(2, nameKey.length())),
                                contact.mobile().substring(0, 7) });
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        while (samples.size() < SAMPLES) { // a small run: repeat what was drawn
            samples.add(samples.get(samples.size() % Math.max(1, samples.size())));
        }
        return samples;
    }

    /** The rep's contacts whose key starts with the prefix, as one hand-written indexed query. */
    private static int rawContactSearch(DataSource db, long owner, String column, String prefix) {
        return query(db, "SELECT * FROM CUS_CONTACT WHERE OWNER_ID = ? AND " + column + " LIKE ? ORDER BY " + column
                + ", ID FETCH FIRST 20 ROWS ONLY", new Object[] { owner, prefix + "%" });
    }

    private static List<String[]> randomKeys(DataSource db, int samples) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        Random random = new Random(7);
        try (Connection connection = db.getConnection();
                PreparedStatement byId = connection.prepareStatement("SELECT SORT_KEY, ID, NAME_KEY FROM CUS_CUSTOMER WHERE ID = ?")) {
            long max;
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT MAX(ID) FROM CUS_CUSTOMER")) {
                rs.next();
                max = rs.getLong(1);
            }
            while (keys.size() < samples) {
                byId.setLong(1, 1 + (long) (random.nextDouble() * max));
                try (ResultSet rs = byId.executeQuery()) {
                    if (rs.next()) {
                        keys.add(new String[] { rs.getString(1), String.valueOf(rs.getLong(2)), rs.getString(3) });
                    }
                }
            }
        }
        return keys;
    }

    /** The page the service reads (a rep sees the customers they own), as one hand-written indexed query. */
    private static int rawPage(DataSource db, long owner, String stage, String[] key) {
        String sql = "SELECT * FROM CUS_CUSTOMER WHERE OWNER_ID = ? AND " + (stage == null ? "" : "STAGE = ? AND ")
                + "SORT_KEY >= ? AND (SORT_KEY > ? OR ID > ?) ORDER BY SORT_KEY, ID FETCH FIRST " + PAGE + " ROWS ONLY";
        return query(db, sql, stage == null ? new Object[] { owner, key[0], key[0], Long.parseLong(key[1]) }
                : new Object[] { owner, stage, key[0], key[0], Long.parseLong(key[1]) });
    }

    private static int rawSearch(DataSource db, long owner, String prefix) {
        return query(db, "SELECT * FROM CUS_CUSTOMER WHERE OWNER_ID = ? AND NAME_KEY LIKE ? ORDER BY NAME_KEY, ID"
                + " FETCH FIRST 20 ROWS ONLY", new Object[] { owner, prefix + "%" });
    }

    private static int query(DataSource db, String sql, Object[] parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Warms up (the JIT compiles the service's and the driver's paths alike), then times every key. */
    private static BenchTimes measure(List<String[]> keys, java.util.function.ToIntFunction<String[]> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.applyAsInt(keys.get(i % keys.size()));
        }
        long[] nanos = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            long start = System.nanoTime();
            work.applyAsInt(keys.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        BenchTimes times = BenchTimes.of(nanos);
        System.out.printf(Locale.ROOT, "measured: p50 %.2f ms, p95 %.2f ms%n", times.p50(), times.p95());
        return times;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
