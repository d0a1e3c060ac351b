package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.ui.Attempt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Create contract" on a won opportunity of the sales module: a sales contract drafted for its
 * customer with its name and amount, opened for the rest to be filled in. The extension point is
 * named by its id, so the contract module needs nothing of sales: without sales installed the action
 * waits unused.
 */
@Component(service = ActionContribution.class,
        property = ActionContribution.EXTENSION_POINT_PROPERTY + "=" + ContractFromWonOpportunity.WON_OPPORTUNITY)
public class ContractFromWonOpportunity implements ActionContribution {

    /** The sales module's won opportunity ({@code OpportunityService.ACTIONS_WON}). */
    static final String WON_OPPORTUNITY = "sales.opportunity.won";
    private static final String SALES_CONTRACT = "sales";

    private final ContractService contracts;

    @Activate
    public ContractFromWonOpportunity(@Reference ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String extensionPoint() {
        return WON_OPPORTUNITY;
    }

    @Override
    public String titleKey() {
        return "contract.fromOpportunity";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_CREATE;
    }

    @Override
    public boolean isApplicable(ActionContext context) {
        return context.attributes().get("customerId") instanceof Long && context.attributes().get("amount") instanceof BigDecimal;
    }

    /** Drafts the contract and opens it; a refusal (a customer out of the user's scope, say) is shown and nothing made. */
    @Override
    public String execute(ActionContext context) {
        var facts = context.attributes();
        Contract drafted = Attempt.of(() -> contracts.create(new NewContract(String.valueOf(facts.get("name")), SALES_CONTRACT,
                (Long) facts.get("customerId"), (BigDecimal) facts.get("amount"), String.valueOf(facts.get("currency")), null, null, null,
                "", "")), "contract.error.changedMeanwhile", "contract.error.notFound");
        if (drafted == null) {
            return "";
        }
        Attempt.done("contract.saved", drafted.number());
        return ContractsContribution.ROUTE + "/" + drafted.id();
    }
}
