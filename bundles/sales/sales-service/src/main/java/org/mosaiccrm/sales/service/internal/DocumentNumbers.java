package org.mosaiccrm.sales.service.internal;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.NumberSeries;

/**
 * Numbers people quote on the phone: prefix, year and a number counting from 1 in that year without
 * gaps, e.g. {@code Q-2026-00050} ({@link NumberSeries}, table {@code SAL_NUMBER_SERIES}).
 */
public final class DocumentNumbers {

    private static final String TABLE = "SAL_NUMBER_SERIES";

    private DocumentNumbers() {
    }

    /**
     * The next number of the series, taken in the transaction of {@code em}.
     *
     * @param entity       the entity whose {@code numberField} holds the numbers issued so far
     */
    public static String next(EntityManager em, String prefix, Instant at, Class<?> entity, String numberField) {
        int year = at.atZone(ZoneId.systemDefault()).getYear();
        String series = prefix + "-" + year;
        long number = NumberSeries.next(em, TABLE, series, () -> highestIssued(em, series, entity, numberField));
        return format(series, number);
    }

    static String format(String series, long number) {
        return String.format("%s-%05d", series, number);
    }

    /** The highest number of the series issued before it was counted (numbers were ids then). */
    private static long highestIssued(EntityManager em, String series, Class<?> entity, String numberField) {
        return em.createQuery("select distinct e." + numberField + " from " + entity.getSimpleName() + " e where e." + numberField
                + " like :prefix escape '\\'", String.class).setParameter("prefix", LikePrefix.of(series + "-")).getResultList()
                .stream().mapToLong(number -> {
                    try {
                        return Long.parseLong(number.substring(series.length() + 1));
                    } catch (NumberFormatException notOurs) {
                        return 0;
                    }
                }).max().orElse(0);
    }
}
