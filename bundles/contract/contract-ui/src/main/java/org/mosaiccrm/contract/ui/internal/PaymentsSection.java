package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.InstalmentStatus;
import org.mosaiccrm.contract.Receipt;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A contract's payment plan (回款计划) and the payments received (回款): the totals with the percent
 * collected, the instalments with their status, and the receipts. Who may edit the contract plans
 * instalments; who may record payments records them once it is signed. Shown to who sees amounts.
 */
class PaymentsSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    PaymentsSection(ContractUi ui, Contract contract, Consumer<Contract> onChanged) {
        setPadding(false);
        setId("contract-payments");
        String currency = contract.currency();
        add(new H4(getTranslation("contract.payments")));
        Span totals = new Span(getTranslation("contract.payments.totals", money(contract.planned(), currency),
                money(contract.received(), currency), contract.collectedPercent(), money(contract.outstanding(), currency)));
        totals.setId("contract-collection");
        add(totals);

        List<Instalment> plan = ui.payments.instalments(contract.id());
        Grid<Instalment> instalments = new Grid<>();
        instalments.setId("contract-instalments");
        instalments.addColumn(Instalment::number).setHeader(getTranslation("contract.instalment.number")).setAutoWidth(true);
        instalments.addColumn(i -> i.dueDate().toString()).setHeader(getTranslation("contract.instalment.dueDate")).setAutoWidth(true);
        instalments.addColumn(i -> money(i.amount(), currency)).setHeader(getTranslation("contract.instalment.amount")).setAutoWidth(true);
        instalments.addColumn(i -> money(i.received(), currency)).setHeader(getTranslation("contract.instalment.received"))
                .setAutoWidth(true);
        instalments.addColumn(i -> getTranslation("contract.instalment.status." + i.status().name()))
                .setHeader(getTranslation("contract.field.status")).setAutoWidth(true);
        boolean planning = ui.mayEdit && !closed(contract);
        if (planning) {
            instalments.addComponentColumn(i -> {
                Button remove = new Button(getTranslation("contract.instalment.remove"), event -> {
                    Contract changed = Attempt.of(() -> ui.payments.removeInstalment(contract.id(), i.id(), contract.version()),
                            "contract.error.changedMeanwhile", "contract.error.notFound");
                    if (changed != null) {
                        onChanged.accept(changed);
                    }
                });
                remove.setId("instalment-remove-" + i.number());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                // an instalment something was received on stays
                remove.setVisible(i.received().signum() == 0);
                return remove;
            }).setAutoWidth(true);
        }
        instalments.setItems(plan);
        instalments.setAllRowsVisible(true);
        add(instalments);

        HorizontalLayout actions = new HorizontalLayout();
        if (planning) {
            Button add = new Button(getTranslation("contract.instalment.new"), event -> new InstalmentForm(ui, contract, onChanged).open());
            add.setId("contract-instalment-add");
            actions.add(add);
        }
        if (ui.mayRecordReceipts && collecting(contract) && plan.stream().anyMatch(i -> i.status() != InstalmentStatus.PAID)) {
            Button record = new Button(getTranslation("contract.receipt.new"),
                    event -> new ReceiptForm(ui, contract, plan, onChanged).open());
            record.setId("contract-receipt-add");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(record);
        }
        add(actions);

        List<Receipt> received = ui.payments.receipts(contract.id());
        if (!received.isEmpty()) {
            Grid<Receipt> receipts = new Grid<>();
            receipts.setId("contract-receipts");
            receipts.addColumn(r -> r.receivedOn().toString()).setHeader(getTranslation("contract.receipt.receivedOn")).setAutoWidth(true);
            receipts.addColumn(Receipt::instalmentNumber).setHeader(getTranslation("contract.receipt.instalment")).setAutoWidth(true);
            receipts.addColumn(r -> money(r.amount(), currency)).setHeader(getTranslation("contract.receipt.amount")).setAutoWidth(true);
            receipts.addColumn(r -> getTranslation("contract.receipt.method." + r.method().name()))
                    .setHeader(getTranslation("contract.receipt.method")).setAutoWidth(true);
            receipts.addColumn(Receipt::reference).setHeader(getTranslation("contract.receipt.reference")).setFlexGrow(1);
            receipts.setItems(received);
            receipts.setAllRowsVisible(true);
            add(receipts);
        }
    }

    private String money(BigDecimal amount, String currency) {
        return amount == null ? getTranslation("contract.amountHidden") : Money.format(amount, currency, getLocale());
    }

    static boolean collecting(Contract contract) {
        return contract.status() == ContractStatus.SIGNED || contract.status() == ContractStatus.IN_EXECUTION;
    }

    private static boolean closed(Contract contract) {
        return switch (contract.status()) {
            case COMPLETED, TERMINATED, VOID -> true;
            default -> false;
        };
    }
}
