package org.mosaiccrm.sales.service.internal.lead;

import java.util.List;

import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Leads in the global search box, by the start of the person's or the company's name. */
@Component(service = SearchProvider.class)
public class LeadSearchProvider implements SearchProvider {

    private final LeadService leads;

    @Activate
    public LeadSearchProvider(@Reference LeadService leads) {
        this.leads = leads;
    }

    @Override
    public String titleKey() {
        return "sales.leads";
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public String requiredPermission() {
        return LeadService.PERMISSION_READ;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return leads.search(query, limit).stream().map(LeadSearchProvider::hit).toList();
    }

    private static SearchHit hit(Lead lead) {
        return new SearchHit(lead.name(), lead.company() + " · " + lead.grade().name(), "sales/leads/" + lead.id());
    }
}
