package org.mosaiccrm.contract;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A contract's payment plan (回款计划) and the payments received against it (回款). Instalments are
 * planned by who may edit the contract, receipts recorded by who may record them (finance, say),
 * both within the record scope of the contract's owner. Every change is made on the contract read at
 * {@code contractVersion} and returns it changed, with its planned and received totals: two people
 * recording at once never push a total past the amount. Refusals come as an
 * {@code InputRefusedException} naming the field, and nothing is written.
 */
@ProviderType
public interface ContractPayments {

    String PERMISSION_RECORD_RECEIPTS = "contract.receipt.create";
    int MAX_REMIND_DAYS = 365;
    int MAX_REFERENCE = 100;

    /** The plan, earliest due first. */
    List<Instalment> instalments(long contractId);

    /**
     * Adds an instalment. Refused when the plan would come to more than the contract amount
     * ({@code contract.error.planOverAmount}), or the contract is completed, terminated or void.
     */
    Contract addInstalment(long contractId, NewInstalment instalment, long contractVersion);

    /** Changes an instalment; its amount never below what was received on it ({@code contract.error.belowReceived}). */
    Contract changeInstalment(long contractId, long instalmentId, NewInstalment instalment, long contractVersion);

    /** Removes an instalment nothing was received on ({@code contract.error.instalmentHasReceipts}). */
    Contract removeInstalment(long contractId, long instalmentId, long contractVersion);

    /**
     * Instalments not yet paid in full of contracts being collected (signed, in execution) in the
     * caller's scope, due on or before {@code until} — the overdue ones included — earliest first,
     * keyset-paged: the page after the instalment due {@code afterDue} with id {@code afterId} (both
     * null: from the earliest), at most {@code limit} (up to 200).
     */
    List<DueInstalment> dueBy(LocalDate until, LocalDate afterDue, Long afterId, int limit);

    /** The receipts, newest first. */
    List<Receipt> receipts(long contractId);

    /**
     * Records a payment against an instalment of a signed contract ({@code contract.error.notSigned}),
     * at most what is still due on it ({@code contract.error.receiptOverDue}). The first payment puts
     * the contract in execution.
     */
    Contract recordReceipt(long contractId, NewReceipt receipt, long contractVersion);
}
