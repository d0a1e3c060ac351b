package com.example.loyalty.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.example.loyalty.LedgerEntry;
import com.example.loyalty.LedgerService;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The customer-360 tab: the customer's balance and entries, and a form to add one. */
class LedgerPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final transient LedgerService ledger;
    private final long customerId;
    private final Span balance = new Span();
    private final Grid<LedgerEntry> entries = new Grid<>();

    LedgerPanel(LedgerService ledger, long customerId, boolean mayAdd) {
        this.ledger = ledger;
        this.customerId = customerId;
        setId("loyalty-panel");
        setPadding(false);
        balance.setId("loyalty-balance");
        balance.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        entries.setId("loyalty-entries");
        entries.addColumn(entry -> TIME.format(entry.createdAt())).setHeader(getTranslation("loyalty.column.when")).setAutoWidth(true);
        entries.addColumn(LedgerEntry::amount).setHeader(getTranslation("loyalty.column.amount")).setAutoWidth(true);
        entries.addColumn(LedgerEntry::reason).setHeader(getTranslation("loyalty.column.reason")).setFlexGrow(1);
        entries.addColumn(LedgerEntry::createdBy).setHeader(getTranslation("loyalty.column.by")).setAutoWidth(true);
        entries.setAllRowsVisible(true);
        add(balance);
        if (mayAdd) {
            add(form());
        }
        add(entries);
        refresh();
    }

    private HorizontalLayout form() {
        IntegerField amount = new IntegerField(getTranslation("loyalty.amount"));
        amount.setId("loyalty-amount");
        amount.setStepButtonsVisible(true);
        TextField reason = new TextField(getTranslation("loyalty.reason"));
        reason.setId("loyalty-reason");
        reason.setMaxLength(LedgerService.MAX_REASON);
        reason.setWidth("24em");
        Button add = new Button(getTranslation("loyalty.add"), event -> {
            try {
                ledger.add(customerId, amount.getValue() == null ? 0 : amount.getValue(), reason.getValue());
                amount.clear();
                reason.clear();
                refresh();
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, Map.of("amount", amount, "reason", reason));
            }
        });
        add.setId("loyalty-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(amount, reason, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        balance.setText(getTranslation("loyalty.balance", ledger.balance(customerId)));
        entries.setItems(ledger.entries(customerId, 50));
    }
}
