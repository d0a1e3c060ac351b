package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;

import org.mosaiccrm.customer.CustomerMergeParticipant;
import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receivables ageing's roll-over: once a day (the first run after midnight; a job of the
 * platform's job service, every ten minutes, that finds nothing to do the rest of the day) the
 * ageing is counted anew, so what was 30 days overdue yesterday is 31 today. Also the contracts'
 * part in a customer merge: the merged customer's contracts move to the one kept, and the ageing is
 * counted anew for them.
 */
@Component(service = { ScheduledJob.class, CustomerMergeParticipant.class },
        property = { ScheduledJob.ID + "=contract.receivables", ScheduledJob.SCHEDULE + "=0 0/10 * * * ?",
                ScheduledJob.LEASE_SECONDS + "=600" })
public class ContractReceivables implements ScheduledJob, CustomerMergeParticipant {

    private static final Logger LOG = LoggerFactory.getLogger(ContractReceivables.class);

    private final ModuleDatabase database;

    @Activate
    public ContractReceivables(@Reference ContractDatabase database) {
        this(database.database());
    }

    ContractReceivables(ModuleDatabase database) {
        this.database = database;
    }

    @Override
    public void run() {
        rollOver(LocalDate.now());
    }

    /** Counts the ageing to {@code today} unless it is already; whether it counted. */
    boolean rollOver(LocalDate today) {
        long start = System.nanoTime();
        boolean counted = database.inTransaction(em -> Receivables.countUnlessCounted(em, today));
        if (counted) {
            LOG.info("Receivables ageing counted to {} ({} ms)", today, (System.nanoTime() - start) / 1_000_000);
        }
        return counted;
    }

    @Override
    public void customerMerged(long mergedId, long survivorId) {
        database.inTransaction(em -> {
            // the lock first, as every change of what is owed takes it
            LocalDate asOf = Receivables.lock(em);
            // a new version: a page still showing the merged customer is told the contract changed meanwhile
            int moved = em.createNativeQuery("UPDATE CON_CONTRACT SET CUSTOMER_ID = ?, VERSION = VERSION + 1 WHERE CUSTOMER_ID = ?")
                    .setParameter(1, survivorId).setParameter(2, mergedId).executeUpdate();
            if (moved > 0 && asOf != null) {
                Receivables.count(em, asOf);
            }
            return moved;
        });
    }
}
