package org.mosaiccrm.contract.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.DueInstalment;
import org.mosaiccrm.contract.InstalmentStatus;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Home widget "contracts needing attention": payments overdue and due within 30 days, and contracts
 * ending within 30 days, in the user's scope, the most pressing first; each opens its contract.
 */
@Component(service = DashboardWidget.class)
public class ContractsAttentionWidget implements DashboardWidget {

    static final int DAYS = 30;
    private static final int SHOWN = 8;

    private final ContractService contracts;
    private final ContractPayments payments;

    @Activate
    public ContractsAttentionWidget(@Reference ContractService contracts, @Reference ContractPayments payments) {
        this.contracts = contracts;
        this.payments = payments;
    }

    @Override
    public String id() {
        return "contract.attention";
    }

    @Override
    public String titleKey() {
        return "contract.widget.attention";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        VerticalLayout widget = new VerticalLayout();
        widget.setId("contracts-attention-widget");
        widget.setPadding(false);
        widget.setSpacing(false);
        LocalDate today = LocalDate.now();
        List<DueInstalment> due = payments.dueBy(today.plusDays(DAYS), null, null, SHOWN);
        for (DueInstalment line : due) {
            boolean overdue = line.instalment().status() == InstalmentStatus.OVERDUE;
            String outstanding = line.instalment().amount() == null ? widget.getTranslation("contract.amountHidden")
                    : Money.format(line.instalment().amount().subtract(line.instalment().received()), line.currency(), Money.locale());
            widget.add(link(widget.getTranslation(overdue ? "contract.widget.overdue" : "contract.widget.due", line.contractNumber(),
                    line.instalment().number(), line.instalment().dueDate().toString(), outstanding), line.instalment().contractId(),
                    overdue ? "contract-overdue" : "contract-due"));
        }
        List<Contract> ending = contracts.ending(today, today.plusDays(DAYS), SHOWN);
        for (Contract contract : ending) {
            widget.add(link(widget.getTranslation("contract.widget.ending", contract.number(), contract.title(), contract.endDate().toString()),
                    contract.id(), "contract-ending"));
        }
        if (due.isEmpty() && ending.isEmpty()) {
            widget.add(new Paragraph(widget.getTranslation("contract.widget.attention.none")));
        }
        return widget;
    }

    private static Anchor link(String text, long contractId, String className) {
        Anchor link = new Anchor(ContractsContribution.ROUTE + "/" + contractId, text);
        link.addClassName(className);
        return link;
    }
}
