package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contracts page ({@value #ROUTE}; {@code contract/contracts/<id>} opens one), first in the contracts menu. */
@Component(service = ViewContribution.class)
public class ContractsContribution implements ViewContribution<ContractsView> {

    public static final String ROUTE = "contract/contracts";

    private final ContractService contracts;
    private final ContractPayments payments;
    private final ContractInvoices invoices;
    private final CustomerService customers;
    private final AccessPolicy policy;

    @Activate
    public ContractsContribution(@Reference ContractService contracts, @Reference ContractPayments payments,
            @Reference ContractInvoices invoices, @Reference CustomerService customers, @Reference AccessPolicy policy) {
        this.contracts = contracts;
        this.payments = payments;
        this.invoices = invoices;
        this.customers = customers;
        this.policy = policy;
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
        return new ContractsView(new ContractUi(contracts, payments, invoices, customers, policy));
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
