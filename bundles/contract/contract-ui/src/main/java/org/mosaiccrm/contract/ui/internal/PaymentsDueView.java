package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.contract.DueInstalment;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Payments due (回款计划到期): instalments still to be received of the contracts in the user's scope,
 * overdue ones first, then those due within the chosen days; fifty at a time with "more" below
 * (keyset pages by due date). A line opens its contract.
 */
public class PaymentsDueView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;
    private static final List<Integer> WINDOWS = List.of(0, 7, 30, 90);

    private final transient ContractUi ui;
    private final Grid<DueInstalment> grid = new Grid<>();
    private final Button more = new Button();
    private final List<DueInstalment> shown = new ArrayList<>();
    private final Select<Integer> window = new Select<>();

    PaymentsDueView(ContractUi ui) {
        this.ui = ui;
        setId("payments-due-view");
        setSizeFull();
        window.setLabel(getTranslation("contract.due.window"));
        window.setId("payments-due-window");
        window.setItems(WINDOWS);
        window.setItemLabelGenerator(days -> days == 0 ? getTranslation("contract.due.overdue") : getTranslation("contract.due.within", days));
        window.setValue(30);
        window.setWidth("17em");
        window.addValueChangeListener(event -> reload());
        grid.setId("payments-due-grid");
        grid.addColumn(d -> d.instalment().dueDate().toString()).setHeader(getTranslation("contract.instalment.dueDate")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("contract.instalment.status." + d.instalment().status().name()))
                .setHeader(getTranslation("contract.field.status")).setAutoWidth(true);
        grid.addColumn(DueInstalment::contractNumber).setHeader(getTranslation("contract.field.number")).setAutoWidth(true);
        grid.addColumn(DueInstalment::contractTitle).setHeader(getTranslation("contract.field.title")).setWidth("11em").setFlexGrow(3)
                .setTooltipGenerator(DueInstalment::contractTitle);
        grid.addColumn(d -> ui.customerName(d.customerId())).setHeader(getTranslation("contract.field.customer")).setWidth("10em")
                .setFlexGrow(2).setTooltipGenerator(d -> ui.customerName(d.customerId()));
        grid.addColumn(d -> d.instalment().number()).setHeader(getTranslation("contract.instalment.number")).setAutoWidth(true);
        grid.addColumn(d -> money(d.instalment().amount(), d.currency())).setHeader(getTranslation("contract.instalment.amount"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.instalment().amount() == null ? getTranslation("contract.amountHidden")
                : money(d.instalment().amount().subtract(d.instalment().received()), d.currency()))
                .setHeader(getTranslation("contract.field.outstanding")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(page -> page.navigate(ContractsContribution.ROUTE + "/"
                + event.getItem().instalment().contractId())));
        more.setText(getTranslation("contract.more"));
        more.setId("payments-due-more");
        more.addClickListener(event -> loadPage());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contract.paymentsDue")), window);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, grid, more);
        expand(grid);
        reload();
    }

    private String money(BigDecimal amount, String currency) {
        return amount == null ? getTranslation("contract.amountHidden") : Money.format(amount, currency, getLocale());
    }

    private void reload() {
        shown.clear();
        loadPage();
    }

    private void loadPage() {
        DueInstalment last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        LocalDate until = LocalDate.now().plusDays(window.getValue() == 0 ? -1 : window.getValue());
        List<DueInstalment> page = ui.payments.dueBy(until, last == null ? null : last.instalment().dueDate(),
                last == null ? null : last.instalment().id(), PAGE);
        shown.addAll(page);
        grid.setItems(shown);
        more.setVisible(page.size() == PAGE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.paymentsDue");
    }
}
