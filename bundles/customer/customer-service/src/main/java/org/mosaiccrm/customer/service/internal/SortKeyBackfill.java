package org.mosaiccrm.customer.service.internal;

import java.util.List;

import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the pinyin sort keys of customers saved before they existed (changeset 6 marked them
 * "!" + name key, which keeps lists complete and ordered meanwhile), 500 at a time, on its own
 * thread after the module starts. Nothing to do on a database created since.
 */
final class SortKeyBackfill implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SortKeyBackfill.class);
    private static final int BATCH = 500;

    private final ModuleDatabase database;
    private volatile boolean stopped;

    SortKeyBackfill(ModuleDatabase database) {
        this.database = database;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        long done = 0;
        try {
            while (!stopped) {
                List<Object[]> rows = database.read(em -> em.createQuery(
                        "select c.id, c.name from CustomerEntity c where c.sortKey like '!%'", Object[].class)
                        .setMaxResults(BATCH).getResultList());
                if (rows.isEmpty()) {
                    break;
                }
                database.runInTransaction(em -> {
                    for (Object[] row : rows) {
                        em.createQuery("update CustomerEntity c set c.sortKey = :key where c.id = :id")
                                .setParameter("key", SearchKeys.sort((String) row[1])).setParameter("id", row[0])
                                .executeUpdate();
                    }
                });
                done += rows.size();
            }
            if (done > 0) {
                LOG.info("Sort keys of {} customers computed", done);
            }
        } catch (RuntimeException e) {
            // lists stay complete (old rows sort first); the next start tries again
            LOG.warn("Computing sort keys stopped after {} customers", done, e);
        }
    }
}
