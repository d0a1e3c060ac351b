package org.mosaiccrm.sales.ui.internal.quote;

import java.util.function.Supplier;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.ProductService;
import org.mosaiccrm.sales.QuoteService;

/** What the quote screens share. */
record QuoteUi(QuoteService quotes, ProductService products, OpportunityService opportunities, OrderService orders,
        CustomerService customers, AccessPolicy policy, Approvals approvals, UserDirectory users) {

    /** The quotes' type in the platform's approvals (the sales service registers it). */
    static final String APPROVAL_TYPE = "sales.quote";

    boolean mayEdit() {
        return policy.isPermitted(QuoteService.PERMISSION_EDIT);
    }

    /** Runs a change to a quote; a refusal is shown and the result is null. */
    static <T> T attempt(Supplier<T> change) {
        return Attempt.of(change, "sales.error.quote.stale", "sales.error.quote.gone");
    }

    String customerName(long id) {
        try {
            return customers.find(id).map(c -> c.name()).orElse("#" + id);
        } catch (RuntimeException outOfScope) {
            return "#" + id;
        }
    }
}
