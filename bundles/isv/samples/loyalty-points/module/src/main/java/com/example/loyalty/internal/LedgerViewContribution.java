package com.example.loyalty.internal;

import com.example.loyalty.LedgerService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's page in the menu, for users who may read ledgers. */
@Component(service = ViewContribution.class)
public class LedgerViewContribution implements ViewContribution<LedgerView> {

    private final LedgerService ledger;
    private final CustomerService customers;

    @Activate
    public LedgerViewContribution(@Reference LedgerService ledger, @Reference CustomerService customers) {
        this.ledger = ledger;
        this.customers = customers;
    }

    @Override
    public String route() {
        return "loyalty";
    }

    @Override
    public Class<LedgerView> viewClass() {
        return LedgerView.class;
    }

    @Override
    public LedgerView createView() {
        return new LedgerView(ledger, customers);
    }

    @Override
    public String titleKey() {
        return "loyalty.title";
    }

    @Override
    public String requiredPermission() {
        return LedgerService.PERMISSION_READ;
    }

    @Override
    public String icon() {
        return "COIN_PILES";
    }
}
