package org.mosaiccrm.sales.ui.internal.quote;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.ProductService;
import org.mosaiccrm.sales.QuoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The quotes page (sales/quotes) and one quote's page (sales/quotes/<id>). */
@Component(service = ViewContribution.class)
public class QuotesContribution implements ViewContribution<QuotesView> {

    public static final String ROUTE = "sales/quotes";

    private final QuoteUi ui;

    @Activate
    public QuotesContribution(@Reference QuoteService quotes, @Reference ProductService products,
            @Reference OpportunityService opportunities, @Reference OrderService orders, @Reference CustomerService customers,
            @Reference AccessPolicy policy, @Reference Approvals approvals, @Reference UserDirectory users) {
        this.ui = new QuoteUi(quotes, products, opportunities, orders, customers, policy, approvals, users);
    }

    @Override
    public String route() {
        return ROUTE + "/:id?";
    }

    @Override
    public Class<QuotesView> viewClass() {
        return QuotesView.class;
    }

    @Override
    public QuotesView createView() {
        return new QuotesView(ui);
    }

    @Override
    public String titleKey() {
        return "sales.quotes";
    }

    @Override
    public String requiredPermission() {
        return QuoteService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "sales.menu.group";
    }

    @Override
    public String icon() {
        return "FILE_TEXT_O";
    }

    /** Menu position in the sales group: leads, opportunities, quotes, orders, price list. */
    @Override
    public int order() {
        return 30;
    }
}
