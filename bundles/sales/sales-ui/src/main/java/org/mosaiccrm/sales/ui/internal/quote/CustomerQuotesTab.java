package org.mosaiccrm.sales.ui.internal.quote;

import java.util.List;

import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.ui.internal.CustomerRecordsTab;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.grid.Grid;

/** The customer's quotes (latest revisions) on the customer 360 page. */
@Component(service = org.mosaiccrm.platform.ui.CustomerTabContribution.class)
public class CustomerQuotesTab extends CustomerRecordsTab<Quote> {

    private final QuoteService quotes;

    @Activate
    public CustomerQuotesTab(@Reference QuoteService quotes) {
        super("quotes", 25, QuoteService.PERMISSION_READ);
        this.quotes = quotes;
    }

    @Override
    protected List<Quote> records(long customerId) {
        return quotes.forCustomer(customerId);
    }

    @Override
    protected String route(Quote quote) {
        return QuotesContribution.ROUTE + "/" + quote.id();
    }

    @Override
    protected void columns(Grid<Quote> grid, com.vaadin.flow.component.Component page) {
        grid.addColumn(q -> q.number() + " · " + page.getTranslation("sales.quote.revisionShort", q.revision()))
                .setHeader(page.getTranslation("sales.quote.number"));
        grid.addColumn(q -> page.getTranslation("sales.quote.status." + q.status().name())).setHeader(page.getTranslation("sales.field.status"));
        grid.addColumn(q -> Money.format(q.total(), q.currency(), Money.locale())).setHeader(page.getTranslation("sales.quote.total"));
        grid.addColumn(q -> q.validUntil().toString()).setHeader(page.getTranslation("sales.quote.validUntil"));
    }
}
