package org.mosaiccrm.customer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented (as an OSGi service) by every module that stores customer ids: when two customers
 * are merged, the module moves its references from the merged customer to the one kept.
 *
 * <p>Called after the merge is committed, and again for every merge recorded so far when the
 * participant registers, so a module that was stopped or uninstalled during a merge catches up
 * when it comes back. Implementations must therefore be idempotent (an {@code UPDATE ... WHERE
 * CUSTOMER_ID = :merged} is). A failure is logged and retried at the next registration; the
 * customer core keeps {@link CustomerService#mergedInto(long)} so stale ids still resolve.
 */
@ConsumerType
public interface CustomerMergeParticipant {

    /** Moves this module's references from {@code mergedId} to {@code survivorId}. */
    void customerMerged(long mergedId, long survivorId);
}
