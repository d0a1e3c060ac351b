package org.mosaiccrm.sales.ui.internal.lead;

import java.util.List;

import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.ui.internal.CustomerRecordsTab;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.grid.Grid;

/** The leads this customer was converted from, on the customer 360 page. */
@Component(service = org.mosaiccrm.platform.ui.CustomerTabContribution.class)
public class CustomerLeadsTab extends CustomerRecordsTab<Lead> {

    private final LeadService leads;

    @Activate
    public CustomerLeadsTab(@Reference LeadService leads) {
        super("leads", 15, LeadService.PERMISSION_READ);
        this.leads = leads;
    }

    @Override
    protected List<Lead> records(long customerId) {
        return leads.forCustomer(customerId);
    }

    @Override
    protected String route(Lead lead) {
        return LeadsContribution.ROUTE + "/" + lead.id();
    }

    @Override
    protected void columns(Grid<Lead> grid, com.vaadin.flow.component.Component page) {
        grid.addColumn(Lead::name).setHeader(page.getTranslation("sales.lead.field.name")).setFlexGrow(2);
        grid.addColumn(Lead::source).setHeader(page.getTranslation("sales.lead.field.source"));
        grid.addColumn(l -> page.getTranslation("sales.lead.grade." + l.grade().name())).setHeader(page.getTranslation("sales.lead.field.grade"));
        grid.addColumn(l -> page.getTranslation("sales.lead.status." + l.status().name())).setHeader(page.getTranslation("sales.field.status"));
    }
}
