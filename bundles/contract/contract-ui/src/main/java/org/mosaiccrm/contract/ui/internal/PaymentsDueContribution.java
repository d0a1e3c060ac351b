package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The payments due page ({@value #ROUTE}), second in the contracts menu. */
@Component(service = ViewContribution.class)
public class PaymentsDueContribution extends ContractMenuView<PaymentsDueView> {

    public static final String ROUTE = "contract/payments-due";

    @Activate
    public PaymentsDueContribution(@Reference ContractUiServices services) {
        super(services, new Entry<>(ROUTE, PaymentsDueView.class, PaymentsDueView::new, "contract.paymentsDue", ContractService.PERMISSION_READ, "MONEY", 20));
    }
}
