package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The payments due page ({@value #ROUTE}), second in the contracts menu. */
@Component(service = ViewContribution.class)
public class PaymentsDueContribution implements ViewContribution<PaymentsDueView> {

    public static final String ROUTE = "contract/payments-due";

    private final ContractUiServices services;

    @Activate
    public PaymentsDueContribution(@Reference ContractUiServices services) {
        this.services = services;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<PaymentsDueView> viewClass() {
        return PaymentsDueView.class;
    }

    @Override
    public PaymentsDueView createView() {
        return new PaymentsDueView(new ContractUi(services));
    }

    @Override
    public String titleKey() {
        return "contract.paymentsDue";
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
        return "MONEY";
    }

    @Override
    public int order() {
        return 20;
    }
}
