package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.action.ActionContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Create contract" on a won opportunity of the sales module, with its accepted quote's lines. */
@Component(service = ActionContribution.class,
        property = ActionContribution.EXTENSION_POINT_PROPERTY + "=" + ContractFromWonOpportunity.WON_OPPORTUNITY)
public class ContractFromWonOpportunity extends ContractFromSales {

    /** The sales module's won opportunity ({@code OpportunityService.ACTIONS_WON}). */
    static final String WON_OPPORTUNITY = "sales.opportunity.won";

    @Activate
    public ContractFromWonOpportunity(@Reference ContractService contracts) {
        super(contracts, WON_OPPORTUNITY, "contract.fromOpportunity");
    }
}
