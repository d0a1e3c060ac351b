package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The receivables ageing ({@value #ROUTE}), third in the contracts menu, for who may see amounts. */
@Component(service = ViewContribution.class)
public class ReceivablesAgeingContribution implements ViewContribution<ReceivablesAgeingView> {

    public static final String ROUTE = "contract/ageing";

    private final ContractUiServices services;

    @Activate
    public ReceivablesAgeingContribution(@Reference ContractUiServices services) {
        this.services = services;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<ReceivablesAgeingView> viewClass() {
        return ReceivablesAgeingView.class;
    }

    @Override
    public ReceivablesAgeingView createView() {
        return new ReceivablesAgeingView(new ContractUi(services));
    }

    @Override
    public String titleKey() {
        return "contract.ageing";
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_AMOUNT;
    }

    @Override
    public String menuGroup() {
        return "contract.menu.group";
    }

    @Override
    public String icon() {
        return "CHART";
    }

    @Override
    public int order() {
        return 30;
    }
}
