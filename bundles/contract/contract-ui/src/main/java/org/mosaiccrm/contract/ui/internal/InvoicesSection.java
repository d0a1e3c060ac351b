package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.Invoice;
import org.mosaiccrm.contract.InvoiceStatus;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A contract's invoices (发票): invoiced beside received, the invoices asked for and issued, "request
 * invoice" for who may edit a signed contract and "issue" on a requested one for finance.
 */
class InvoicesSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    InvoicesSection(ContractUi ui, Contract contract, Consumer<Contract> onChanged) {
        setPadding(false);
        setId("contract-invoices-section");
        String currency = contract.currency();
        add(new H4(getTranslation("contract.invoices")));
        Span totals = new Span(getTranslation("contract.invoices.totals", money(contract.invoiced(), currency),
                money(contract.received(), currency)));
        totals.setId("contract-invoiced");
        add(totals);

        List<Invoice> invoices = ui.invoices.invoices(contract.id());
        if (!invoices.isEmpty()) {
            Grid<Invoice> grid = new Grid<>();
            grid.setId("contract-invoices");
            grid.addColumn(i -> getTranslation("contract.invoice.type." + i.type().name())).setHeader(getTranslation("contract.invoice.type"))
                    .setAutoWidth(true);
            grid.addColumn(Invoice::title).setHeader(getTranslation("contract.invoice.title")).setFlexGrow(1);
            grid.addColumn(i -> money(i.amount(), currency)).setHeader(getTranslation("contract.invoice.amount")).setAutoWidth(true);
            grid.addColumn(i -> getTranslation("contract.invoice.status." + i.status().name()))
                    .setHeader(getTranslation("contract.field.status")).setAutoWidth(true);
            grid.addColumn(Invoice::invoiceNumber).setHeader(getTranslation("contract.invoice.number")).setAutoWidth(true);
            grid.addColumn(i -> i.issuedOn() == null ? "" : i.issuedOn().toString()).setHeader(getTranslation("contract.invoice.issuedOn"))
                    .setAutoWidth(true);
            grid.addColumn(Invoice::trackingNumber).setHeader(getTranslation("contract.invoice.tracking")).setAutoWidth(true);
            if (ui.mayIssueInvoices) {
                grid.addComponentColumn(i -> {
                    Button issue = new Button(getTranslation("contract.invoice.issue"),
                            event -> new InvoiceIssueForm(ui, contract, i, onChanged).open());
                    issue.setId("invoice-issue-" + i.id());
                    issue.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    issue.setVisible(i.status() == InvoiceStatus.REQUESTED);
                    return issue;
                }).setAutoWidth(true);
            }
            grid.setItems(invoices);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        if (ui.mayEdit && PaymentsSection.collecting(contract)) {
            Button request = new Button(getTranslation("contract.invoice.request"),
                    event -> new InvoiceRequestForm(ui, contract, invoices, onChanged).open());
            request.setId("contract-invoice-request");
            add(request);
        }
    }

    private String money(BigDecimal amount, String currency) {
        return amount == null ? getTranslation("contract.amountHidden") : Money.format(amount, currency, getLocale());
    }
}
