package org.mosaiccrm.sales.service.internal.opportunity;

import java.util.List;

import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opportunities in the global search box, by the start of their name; a hit opens the customer's page. */
@Component(service = SearchProvider.class)
public class OpportunitySearchProvider implements SearchProvider {

    private final OpportunityService opportunities;

    @Activate
    public OpportunitySearchProvider(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String titleKey() {
        return "sales.opportunities";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String requiredPermission() {
        return OpportunityService.PERMISSION_READ;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return opportunities.search(query, limit).stream().map(OpportunitySearchProvider::hit).toList();
    }

    private static SearchHit hit(Opportunity o) {
        return new SearchHit(o.name(), o.amount().toPlainString() + " " + o.currency() + " · " + o.stageCode(),
                "customers/" + o.customerId());
    }
}
