package org.mosaiccrm.contract;

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
}
