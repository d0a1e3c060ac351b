package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contracts page ({@value #ROUTE}; {@code contract/contracts/<id>} opens one), first in the contracts menu. */
@Component(service = ViewContribution.class)
public class ContractsContribution implements ViewContribution<ContractsView> {

    public static final String ROUTE = "contract/contracts";

    private final ContractUiServices services;

    @Activate
    public ContractsContribution(@Reference ContractUiServices services) {
        this.services = services;
    }

    @Override
    public String route() {
        return ROUTE + "/:id?";
    }

    @Override
    public Class<ContractsView> viewClass() {
        return ContractsView.class;
    }

    @Override
    public ContractsView createView() {
        return new ContractsView(new ContractUi(services));
    }

    @Override
    public String titleKey() {
        return "contract.contracts";
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "contract.menu.group";
    }

    @Override
    public String icon() {
        return "FILE_TEXT_O";
    }

    @Override
    public int order() {
        return 10;
    }
}
