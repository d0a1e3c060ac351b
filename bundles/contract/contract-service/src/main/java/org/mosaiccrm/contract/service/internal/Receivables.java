package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.ContractStatus;

/**
 * The receivables ageing's tables ({@code CON_RECEIVABLE} per owner, customer and currency,
 * {@code CON_RECEIVABLE_OWNER} per owner and currency): what signed contracts' instalments owe past
 * their due dates, in four ranges of days overdue counted to the day in {@code CON_RECEIVABLE_STATE}.
 * <p>
 * A contract change that could move them ({@link #lock}, {@link Share#of} before and after,
 * {@link #move}) takes the state row's lock first, before it touches the contract: the daily count
 * ({@link #count}) takes it first too, so the two never wait for each other in a circle, two changes
 * never add to the same row at once, and a change never lands half in yesterday's ranges and half
 * in today's.
 */
final class Receivables {

    /** The statuses of contracts being collected, as SQL. */
    private static final String COLLECTING = ContractEntity.COLLECTING.stream().map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));
    private static final String[] RANGES = { "DAYS_30", "DAYS_60", "DAYS_90", "OVER_90" };

    private Receivables() {
    }

    /** What one contract owes past due, as its open instalments (none unless it is being collected). */
    record Share(long ownerId, long customerId, String currency, List<Open> open) {

        static Share of(EntityManager em, ContractEntity contract) {
            List<Open> open = !contract.collecting() ? List.of()
                    : em.createQuery("select i from InstalmentEntity i where i.contractId = :contract", InstalmentEntity.class)
                            .setParameter("contract", contract.id()).getResultList().stream()
                            .filter(instalment -> instalment.due().signum() > 0)
                            .map(instalment -> new Open(instalment.dueDate(), instalment.due())).toList();
            return new Share(contract.ownerId(), contract.customerId(), contract.currency(), open);
        }

        /** What is overdue on {@code asOf} in each range (1–30, 31–60, 61–90, over 90 days). */
        BigDecimal[] overdue(LocalDate asOf) {
            BigDecimal[] ranges = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
            for (Open instalment : open) {
                long days = ChronoUnit.DAYS.between(instalment.dueDate(), asOf);
                if (days > 0) {
                    int range = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
                    ranges[range] = ranges[range].add(instalment.outstanding());
                }
            }
            return ranges;
        }
    }

    /** An instalment not paid in full: its due date and what is still to come. */
    record Open(LocalDate dueDate, BigDecimal outstanding) {
    }

    /** Whether a change of this contract could move what it owes past due: it is, or may become, collected. */
    static boolean concerns(ContractEntity contract) {
        return contract.collecting() || contract.status() == ContractStatus.APPROVED;
    }

    /**
     * Takes the lock of the ageing's state (held to the end of the transaction) and tells the day its
     * ranges are counted to; {@code null} while it was never counted.
     */
    static LocalDate lock(EntityManager em) {
        em.createNativeQuery("UPDATE CON_RECEIVABLE_STATE SET AS_OF = AS_OF WHERE ID = 1").executeUpdate();
        return asOf(em);
    }

    /** The day the ranges are counted to; {@code null} while never counted. */
    static LocalDate asOf(EntityManager em) {
        Object asOf = em.createNativeQuery("SELECT AS_OF FROM CON_RECEIVABLE_STATE WHERE ID = 1").getSingleResult();
        return asOf == null ? null : asOf instanceof Date date ? date.toLocalDate() : LocalDate.parse(asOf.toString());
    }

    /** Moves the ageing from what the contract owed {@code before} a change to what it owes {@code after} (under {@link #lock}). */
    static void move(EntityManager em, LocalDate asOf, Share before, Share after) {
        if (asOf == null) {
            return; // the first count finds everything
        }
        Map<List<Object>, BigDecimal[]> changes = new HashMap<>();
        add(changes, before, asOf, -1);
        add(changes, after, asOf, 1);
        changes.forEach((key, ranges) -> {
            if (java.util.Arrays.stream(ranges).anyMatch(amount -> amount.signum() != 0)) {
                long owner = (Long) key.get(0);
                String currency = (String) key.get(2);
                change(em, "CON_RECEIVABLE", "OWNER_ID = " + owner + " AND CUSTOMER_ID = " + key.get(1) + " AND CURRENCY = ?",
                        "OWNER_ID, CUSTOMER_ID, CURRENCY", owner + ", " + key.get(1) + ", ?", currency, ranges);
                change(em, "CON_RECEIVABLE_OWNER", "OWNER_ID = " + owner + " AND CURRENCY = ?", "OWNER_ID, CURRENCY",
                        owner + ", ?", currency, ranges);
            }
        });
    }

    private static void add(Map<List<Object>, BigDecimal[]> changes, Share share, LocalDate asOf, int sign) {
        if (share.open().isEmpty()) {
            return;
        }
        BigDecimal[] overdue = share.overdue(asOf);
        BigDecimal[] sum = changes.computeIfAbsent(List.of(share.ownerId(), share.customerId(), share.currency()),
                key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
        for (int i = 0; i < sum.length; i++) {
            sum[i] = sign < 0 ? sum[i].subtract(overdue[i]) : sum[i].add(overdue[i]);
        }
    }

    /** Adds {@code ranges} to the row {@code where} names (made if missing, dropped once nothing is overdue on it). */
    private static void change(EntityManager em, String table, String where, String keyColumns, String keyValues, String currency,
            BigDecimal[] ranges) {
        BigDecimal total = java.util.Arrays.stream(ranges).reduce(BigDecimal.ZERO, BigDecimal::add);
        int changed = em.createNativeQuery("UPDATE " + table + " SET DAYS_30 = DAYS_30 + ?, DAYS_60 = DAYS_60 + ?,"
                + " DAYS_90 = DAYS_90 + ?, OVER_90 = OVER_90 + ?, TOTAL = TOTAL + ? WHERE " + where)
                .setParameter(1, ranges[0]).setParameter(2, ranges[1]).setParameter(3, ranges[2]).setParameter(4, ranges[3])
                .setParameter(5, total).setParameter(6, currency).executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("INSERT INTO " + table + " (" + keyColumns + ", DAYS_30, DAYS_60, DAYS_90, OVER_90, TOTAL)"
                    + " VALUES (" + keyValues + ", ?, ?, ?, ?, ?)")
                    .setParameter(1, currency).setParameter(2, ranges[0]).setParameter(3, ranges[1]).setParameter(4, ranges[2])
                    .setParameter(5, ranges[3]).setParameter(6, total).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM " + table + " WHERE " + where + " AND DAYS_30 = 0 AND DAYS_60 = 0 AND DAYS_90 = 0"
                    + " AND OVER_90 = 0").setParameter(1, currency).executeUpdate();
        }
    }

    /** Counts the ageing to {@code today} unless it is counted to it already; whether it counted. */
    static boolean countUnlessCounted(EntityManager em, LocalDate today) {
        LocalDate asOf = lock(em);
        if (today.equals(asOf)) {
            return false;
        }
        count(em, today);
        // the signed contracts' sums too, once a day: kept in step by every change, counted to be sure
        SignedSums.count(em);
        return true;
    }

    /**
     * Counts the ageing anew to {@code asOf} from the open instalments of the contracts being
     * collected (the daily roll-over; after a customer merge). Returns the rows per owner, customer
     * and currency.
     */
    static int count(EntityManager em, LocalDate asOf) {
        lock(em);
        em.createNativeQuery("DELETE FROM CON_RECEIVABLE").executeUpdate();
        em.createNativeQuery("DELETE FROM CON_RECEIVABLE_OWNER").executeUpdate();
        String outstanding = "i.AMOUNT - i.RECEIVED";
        String[] from = { day(asOf.minusDays(30)), day(asOf.minusDays(60)), day(asOf.minusDays(90)) };
        int rows = em.createNativeQuery("INSERT INTO CON_RECEIVABLE (OWNER_ID, CUSTOMER_ID, CURRENCY, " + String.join(", ", RANGES)
                + ", TOTAL) SELECT c.OWNER_ID, c.CUSTOMER_ID, c.CURRENCY,"
                + " SUM(CASE WHEN i.DUE_DATE >= " + from[0] + " THEN " + outstanding + " ELSE 0 END),"
                + " SUM(CASE WHEN i.DUE_DATE < " + from[0] + " AND i.DUE_DATE >= " + from[1] + " THEN " + outstanding + " ELSE 0 END),"
                + " SUM(CASE WHEN i.DUE_DATE < " + from[1] + " AND i.DUE_DATE >= " + from[2] + " THEN " + outstanding + " ELSE 0 END),"
                + " SUM(CASE WHEN i.DUE_DATE < " + from[2] + " THEN " + outstanding + " ELSE 0 END),"
                + " SUM(" + outstanding + ")"
                + " FROM CON_INSTALMENT i, CON_CONTRACT c WHERE c.ID = i.CONTRACT_ID AND i.SETTLED = FALSE"
                + " AND i.DUE_DATE < " + day(asOf) + " AND c.STATUS IN (" + COLLECTING + ")"
                + " GROUP BY c.OWNER_ID, c.CUSTOMER_ID, c.CURRENCY").executeUpdate();
        em.createNativeQuery("INSERT INTO CON_RECEIVABLE_OWNER (OWNER_ID, CURRENCY, " + String.join(", ", RANGES) + ", TOTAL)"
                + " SELECT OWNER_ID, CURRENCY, SUM(DAYS_30), SUM(DAYS_60), SUM(DAYS_90), SUM(OVER_90), SUM(TOTAL)"
                + " FROM CON_RECEIVABLE GROUP BY OWNER_ID, CURRENCY").executeUpdate();
        em.createNativeQuery("UPDATE CON_RECEIVABLE_STATE SET AS_OF = " + day(asOf) + " WHERE ID = 1").executeUpdate();
        return rows;
    }

    /** A date in SQL both databases read alike (an ISO date from a {@link LocalDate}, never user text). */
    private static String day(LocalDate day) {
        return "CAST('" + day + "' AS DATE)";
    }
}
