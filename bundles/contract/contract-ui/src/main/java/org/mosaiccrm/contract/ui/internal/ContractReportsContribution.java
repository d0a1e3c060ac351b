package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contracts signed in a period ({@value #ROUTE}), fourth in the contracts menu, for who may see amounts. */
@Component(service = ViewContribution.class)
public class ContractReportsContribution extends ContractMenuView<ContractReportsView> {

    public static final String ROUTE = "contract/reports";

    @Activate
    public ContractReportsContribution(@Reference ContractUiServices services) {
        super(services, new Entry<>(ROUTE, ContractReportsView.class, ContractReportsView::new, "contract.reports", ContractService.PERMISSION_AMOUNT, "BAR_CHART", 40));
    }
}
