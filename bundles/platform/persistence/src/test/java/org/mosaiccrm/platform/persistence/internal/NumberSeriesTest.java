package org.mosaiccrm.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.NumberSeries;
import org.mosaiccrm.platform.persistence.PersistenceUnit;

/** Document numbers on a real database (Derby or PostgreSQL): consecutive, no gap from a refused save, none twice under concurrent saves. */
class NumberSeriesTest {

    private static final String TABLE = "TST_NUMBER_SERIES";

    private TestDatabase testDatabase;
    private ModuleDatabase db;

    @BeforeEach
    void open(TestInfo test) {
        testDatabase = TestDatabase.open("numbers-" + test.getTestMethod().orElseThrow().getName());
        db = new DataSourceModuleDatabases(testDatabase.dataSource(), new DataSourceModuleDatabasesTest.ReportedFailures())
                .open(PersistenceUnit.of("numbers", Gadget.class, "db/numbers-changelog.xml", Gadget.class));
    }

    @AfterEach
    void close() {
        db.close();
        testDatabase.close();
    }

    private long next(String series) {
        return db.inTransaction(em -> NumberSeries.next(em, TABLE, series, () -> 0));
    }

    @Test
    void eachSeriesCountsOnFromOneWithoutGaps() {
        assertEquals(List.of(1L, 2L, 3L), List.of(next("Q-2026"), next("Q-2026"), next("Q-2026")));
        assertEquals(1L, next("SO-2026"), "a series of its own");
        assertEquals(1L, next("Q-2027"), "a new year starts again");
        assertEquals(4L, next("Q-2026"));
    }

    @Test
    void aSaveThatIsRefusedGivesItsNumberBack() {
        assertEquals(1L, next("Q-2026"));
        assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> {
            NumberSeries.next(em, TABLE, "Q-2026", () -> 0);
            throw new IllegalStateException("the document was refused after its number was taken");
        }));
        assertEquals(2L, next("Q-2026"), "no gap");
    }

    @Test
    void aSeriesStartsAfterTheNumbersIssuedBeforeIt() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(52L, (long) db.inTransaction(em -> NumberSeries.next(em, TABLE, "Q-2026", () -> {
            asked.incrementAndGet();
            return 51;
        })));
        assertEquals(53L, (long) db.inTransaction(em -> NumberSeries.next(em, TABLE, "Q-2026", () -> {
            asked.incrementAndGet();
            return 51;
        })));
        assertEquals(1, asked.get(), "asked once, when the series starts");
    }

    @Test
    void usersSavingAtTheSameMomentGetConsecutiveNumbersNoneTwice() throws Exception {
        int users = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> taken = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Callable<List<Long>> user = () -> {
                start.await();
                List<Long> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    numbers.add(next("Q-2026"));
                }
                return numbers;
            };
            taken.add(pool.submit(user));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> numbers : taken) {
            all.addAll(numbers.get());
        }
        pool.shutdown();
        all.sort(null);
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= users * each; n++) {
            expected.add(n);
        }
        assertEquals(expected, all, "1 to 200, each once");
    }
}
