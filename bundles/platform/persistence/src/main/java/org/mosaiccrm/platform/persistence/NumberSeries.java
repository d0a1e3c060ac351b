package org.mosaiccrm.platform.persistence;

import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Consecutive numbers for documents people file and quote (quotes, orders, contracts, invoices):
 * 1, 2, 3… per series with no gaps from restarts, reinstalls or refused saves, also when two users
 * save at the same moment. Database sequences and identity columns hand out blocks and skip what a
 * restart or rollback lost, which is fine for ids and wrong for document numbers.
 * <p>
 * Each module keeps its counters in a table of its own changelog, of this shape:
 * <pre>
 * &lt;createTable tableName="XXX_NUMBER_SERIES"&gt;
 *   &lt;column name="SERIES" type="VARCHAR(40)"&gt;&lt;constraints primaryKey="true"/&gt;&lt;/column&gt;
 *   &lt;column name="LAST_NUMBER" type="BIGINT"&gt;&lt;constraints nullable="false"/&gt;&lt;/column&gt;
 * &lt;/createTable&gt;
 * </pre>
 * The number is taken in the caller's transaction: its row stays locked until that transaction
 * ends, so a second save waits for the first and a rolled-back save gives its number back.
 */
public final class NumberSeries {

    private static final Pattern TABLE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private NumberSeries() {
    }

    /**
     * The next number of {@code series}, inside the transaction of {@code em}.
     *
     * @param table         the module's counter table
     * @param series        e.g. {@code Q-2026}: one counter per prefix and year
     * @param highestIssued asked once, when the series is first used, for the highest number
     *                      already issued in it some other way (numbers from before the series)
     */
    public static long next(EntityManager em, String table, String series, LongSupplier highestIssued) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        if (count(em, table, series) == 0) {
            start(em, table, series, highestIssued.getAsLong());
        }
        em.createNativeQuery("UPDATE " + table + " SET LAST_NUMBER = LAST_NUMBER + 1 WHERE SERIES = ?")
                .setParameter(1, series).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_NUMBER FROM " + table + " WHERE SERIES = ?")
                .setParameter(1, series).getSingleResult()).longValue();
    }

    private static long count(EntityManager em, String table, String series) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE SERIES = ?")
                .setParameter(1, series).getSingleResult()).longValue();
    }

    /**
     * Creates the series' row in a transaction of its own, so that the caller's transaction never
     * fails on two users starting the same series at once: the second insert is refused and the
     * row the first made is used.
     */
    private static void start(EntityManager em, String table, String series, long highestIssued) {
        EntityManager own = em.getEntityManagerFactory().createEntityManager();
        try {
            own.getTransaction().begin();
            own.createNativeQuery("INSERT INTO " + table + " (SERIES, LAST_NUMBER) VALUES (?, ?)")
                    .setParameter(1, series).setParameter(2, Math.max(0, highestIssued)).executeUpdate();
            own.getTransaction().commit();
        } catch (PersistenceException startedByAnother) {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
        } finally {
            own.close();
        }
    }
}
