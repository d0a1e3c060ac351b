package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The receivables ageing ({@value #ROUTE}), third in the contracts menu, for who may see amounts. */
@Component(service = ViewContribution.class)
public class ReceivablesAgeingContribution extends ContractMenuView<ReceivablesAgeingView> {

    public static final String ROUTE = "contract/ageing";

    @Activate
    public ReceivablesAgeingContribution(@Reference ContractUiServices services) {
        super(services, new Entry<>(ROUTE, ReceivablesAgeingView.class, ReceivablesAgeingView::new, "contract.ageing", ContractService.PERMISSION_AMOUNT, "CHART", 30));
    }
}
