package com.example.loyalty.internal;

import com.example.loyalty.LedgerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Adds the ledger tab to the customer 360 page. */
@Component(service = CustomerTabContribution.class)
public class LedgerCustomerTab implements CustomerTabContribution {

    private final LedgerService ledger;
    private final AccessPolicy policy;

    @Activate
    public LedgerCustomerTab(@Reference LedgerService ledger, @Reference AccessPolicy policy) {
        this.ledger = ledger;
        this.policy = policy;
    }

    @Override
    public String id() {
        return LedgerService.MODULE_ID + ".tab";
    }

    @Override
    public String titleKey() {
        return "loyalty.tab";
    }

    @Override
    public String requiredPermission() {
        return LedgerService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createTab(long customerId) {
        return new LedgerPanel(ledger, customerId, policy.isPermitted(LedgerService.PERMISSION_CREATE));
    }
}
