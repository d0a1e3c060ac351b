package org.mosaiccrm.customer.service.internal.merge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mosaiccrm.customer.CustomerMergeParticipant;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.platform.job.Jobs;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of {@link CustomerMergeParticipant}s. A merge is announced to every participant
 * present; a participant that registers later (a module installed, updated or restarted) is
 * given every recorded merge in the background (the job service), so it catches up on what it missed.
 */
@Component(service = MergeParticipants.class)
public class MergeParticipants {

    private static final Logger LOG = LoggerFactory.getLogger(MergeParticipants.class);

    private final List<CustomerMergeParticipant> participants = new CopyOnWriteArrayList<>();
    private final ModuleDatabase database;
    private final Jobs jobs;
    private volatile boolean closed;

    @Activate
    public MergeParticipants(@Reference CustomerDatabase database, @Reference Jobs jobs) {
        this(database.database(), jobs);
    }

    private MergeParticipants(ModuleDatabase database, Jobs jobs) {
        this.database = database;
        this.jobs = jobs;
    }

    /** Outside OSGi (tests): one constructor only for DS, which picks constructors by their number of arguments. */
    public static MergeParticipants on(ModuleDatabase database, Jobs jobs) {
        return new MergeParticipants(database, jobs);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addParticipant(CustomerMergeParticipant participant) {
        participants.add(participant);
        jobs.runOnce("customer.merge-catch-up", () -> replay(participant));
    }

    public void removeParticipant(CustomerMergeParticipant participant) {
        participants.remove(participant);
    }

    /** Tells every participant present about a committed merge; one failing does not stop the others. */
    public void announce(long mergedId, long survivorId) {
        for (CustomerMergeParticipant participant : participants) {
            tell(participant, mergedId, survivorId);
        }
    }

    private void replay(CustomerMergeParticipant participant) {
        if (closed || !participants.contains(participant)) {
            return;
        }
        List<MergeEntity> merges = database.read(em -> em.createQuery(
                "select m from MergeEntity m order by m.mergedAt, m.mergedId", MergeEntity.class).getResultList());
        for (MergeEntity merge : merges) {
            if (closed || !participants.contains(participant)) {
                return; // went away meanwhile; it is replayed when it comes back
            }
            tell(participant, merge.mergedId(), merge.survivorId());
        }
    }

    private static void tell(CustomerMergeParticipant participant, long mergedId, long survivorId) {
        try {
            participant.customerMerged(mergedId, survivorId);
        } catch (RuntimeException e) {
            LOG.error("{} could not move its references from customer {} to {}; retried when it registers again",
                    participant.getClass().getName(), mergedId, survivorId, e);
        }
    }

    @Deactivate
    void close() {
        closed = true;
    }
}
