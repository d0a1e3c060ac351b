package org.mosaiccrm.sales.ui.internal.opportunity;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.QuoteService;

/** What the opportunity screens (page, board, details, customer tab) share. */
public record OpportunityUi(OpportunityService opportunities, QuoteService quotes, CustomerService customers,
        AccessPolicy policy, WonActions wonActions) {

    public boolean mayEdit() {
        return policy.isPermitted(OpportunityService.PERMISSION_EDIT);
    }

    /** Runs a change to an opportunity; a refusal is shown and the result is null. */
    public static <T> T attempt(java.util.function.Supplier<T> change) {
        return Attempt.of(change, "sales.error.stale", "sales.error.gone");
    }
}
