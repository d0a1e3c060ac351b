package org.mosaiccrm.contract;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The contract module's reports, over the contracts the caller may read (record scope of
 * {@link ContractService#PERMISSION_READ}) and only for who may see amounts
 * ({@link ContractService#PERMISSION_AMOUNT}).
 *
 * @since 1.1
 */
@ProviderType
public interface ContractReports {

    /**
     * Receivables ageing (账龄分析) per owner: what signed contracts' instalments still owe past their
     * due dates, by days overdue (1–30, 31–60, 61–90, over 90), per owner and currency, the largest
     * first.
     *
     * @throws org.mosaiccrm.platform.security.AccessDeniedException without read or amount permission
     */
    Ageing ageingByOwner();

    /**
     * The same per customer: of one owner ({@code ownerId}; one outside the caller's scope gives
     * nothing) or of every owner in scope ({@code null}), the {@code limit} largest (at most 500).
     */
    Ageing ageingByCustomer(Long ownerId, int limit);

    /**
     * Contracts signed from {@code from} to {@code to} (the customer's signing date, both days
     * included; void ones never signed), grouped {@code by} status, type, owner or month, per currency:
     * their number, amount, what was received and invoiced, and so the collection rate. Ordered by
     * the key, then currency. A period of at most ten years.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException when a day is missing, the end comes before
     *         the start or the period is longer ({@code contract.error.reportPeriod})
     * @throws org.mosaiccrm.platform.security.AccessDeniedException without read or amount permission
     * @since 1.2
     */
    List<ContractFigure> signed(ContractGrouping by, LocalDate from, LocalDate to);
}
