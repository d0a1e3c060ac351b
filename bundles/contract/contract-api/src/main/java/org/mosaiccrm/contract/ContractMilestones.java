package org.mosaiccrm.contract;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The deliveries and obligations of a contract's execution (交付与履约), each with a due date and
 * reminded of on the same rules as instalments: some days before, and once late. Planned by who may
 * edit the contract, from its draft until it is completed, terminated or void; marked done once it is
 * signed. Every change is made on the contract read at {@code contractVersion} and returns it (its
 * version moved on). Refusals come as an {@code InputRefusedException} naming the field, and nothing
 * is written; every change is audited.
 *
 * @since 1.2
 */
@ProviderType
public interface ContractMilestones {

    /** The milestones, earliest due first. */
    List<Milestone> milestones(long contractId);

    /** Plans a milestone; refused on a contract completed, terminated or void ({@code contract.error.closed}). */
    Contract addMilestone(long contractId, NewMilestone milestone, long contractVersion);

    /** Changes a milestone not yet done ({@code contract.error.milestoneDone}). */
    Contract changeMilestone(long contractId, long milestoneId, NewMilestone milestone, long contractVersion);

    /** Removes a milestone not yet done ({@code contract.error.milestoneDone}). */
    Contract removeMilestone(long contractId, long milestoneId, long contractVersion);

    /**
     * Marks a milestone done on {@code doneOn} (not after today), on a signed contract or one in
     * execution ({@code contract.error.notSigned}); no more reminders of it.
     */
    Contract completeMilestone(long contractId, long milestoneId, LocalDate doneOn, long contractVersion);
}
