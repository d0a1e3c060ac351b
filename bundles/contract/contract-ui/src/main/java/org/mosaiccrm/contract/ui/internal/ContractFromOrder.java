package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.action.ActionContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Create contract" on an order of the sales module, filled from it: its customer, total and lines. */
@Component(service = ActionContribution.class,
        property = ActionContribution.EXTENSION_POINT_PROPERTY + "=" + ContractFromOrder.ORDER)
public class ContractFromOrder extends ContractFromSales {

    /** The sales module's orders ({@code OrderService.ACTIONS_ORDER}). */
    static final String ORDER = "sales.order.actions";

    @Activate
    public ContractFromOrder(@Reference ContractService contracts) {
        super(contracts, ORDER, "contract.fromOrder");
    }
}
