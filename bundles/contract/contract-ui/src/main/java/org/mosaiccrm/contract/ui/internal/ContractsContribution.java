package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contracts page ({@value #ROUTE}; {@code contract/contracts/<id>} opens one), first in the contracts menu. */
@Component(service = ViewContribution.class)
public class ContractsContribution extends ContractMenuView<ContractsView> {

    public static final String ROUTE = "contract/contracts";

    @Activate
    public ContractsContribution(@Reference ContractUiServices services) {
        super(services, new Entry<>(ROUTE + "/:id?", ContractsView.class, ContractsView::new, "contract.contracts", ContractService.PERMISSION_READ, "FILE_TEXT_O", 10));
    }
}
