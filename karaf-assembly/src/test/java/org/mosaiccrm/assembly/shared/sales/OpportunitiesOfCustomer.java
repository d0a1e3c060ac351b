package org.mosaiccrm.assembly.shared.sales;

import org.mosaiccrm.assembly.shared.ModulePart;
import java.util.List;

import org.mosaiccrm.assembly.shared.SalesModuleIT.Reps;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;

/** The statuses of the rep's opportunities for the customer, as the customer page lists them. */
public final class OpportunitiesOfCustomer extends ModulePart<Reps, List<String>> {

    @Override
    protected List<String> run(Reps reps) throws Exception {
        OpportunityService opportunities = service(OpportunityService.class);
        return as(reps.rep(), () -> opportunities.forCustomer(reps.customerId())).stream()
                .map(Opportunity::status).map(Enum::name).toList();
    }
}
