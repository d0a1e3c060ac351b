package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractLine;
import org.mosaiccrm.contract.ContractLines;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.NewContractLine;
import org.mosaiccrm.contract.NewContractLines;
import org.mosaiccrm.platform.money.LineTotals;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * A contract's line items (合同产品明细) and their figures — subtotal, the discount on the whole, net,
 * tax, total — the total being the contract's amount. On a draft, who may edit adds, changes (a click
 * on the line) and removes lines and sets the discount on the whole; every change is the whole list saved at the contract's
 * version. Who may not see amounts sees what was sold, without prices.
 */
class LinesSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ContractUi ui;
    private final Contract contract;
    private final transient Consumer<Contract> onChanged;

    LinesSection(ContractUi ui, Contract contract, ContractLines lines, Consumer<Contract> onChanged) {
        this.ui = ui;
        this.contract = contract;
        this.onChanged = onChanged;
        setPadding(false);
        setId("contract-lines");
        add(new H4(getTranslation("contract.lines")));
        boolean editable = ui.mayEdit && contract.status() == ContractStatus.DRAFT;
        Grid<ContractLine> grid = new Grid<>();
        grid.setId("contract-lines-grid");
        // amounts without their currency, which the headers name: eight columns fit the page
        String currency = " (" + contract.currency() + ")";
        grid.addColumn(ContractLine::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ContractLine::productCode).setHeader(getTranslation("contract.line.productCode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ContractLine::description).setHeader(getTranslation("contract.line.description")).setWidth("10em")
                .setFlexGrow(1).setTooltipGenerator(ContractLine::description);
        grid.addColumn(line -> line.quantity().stripTrailingZeros().toPlainString() + (line.unit().isEmpty() ? "" : " " + line.unit()))
                .setHeader(getTranslation("contract.line.quantity")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> number(line.unitPrice())).setHeader(getTranslation("contract.line.unitPrice") + currency)
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> percent(line.discountPercent())).setHeader(getTranslation("contract.line.discount")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> percent(line.taxRate())).setHeader(getTranslation("contract.line.taxRate")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> number(line.net())).setHeader(getTranslation("contract.line.net") + currency).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<ContractLine> removeColumn = null;
        if (editable) {
            removeColumn = grid.addComponentColumn(line -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), event -> save(without(lines, line.position()),
                        lines.discountPercent(), Map.of()));
                remove.setId("contract-line-remove-" + line.position());
                remove.setAriaLabel(getTranslation("contract.line.remove", line.position()));
                remove.setTooltipText(getTranslation("contract.line.remove", line.position()));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        if (editable) {
            // a line clicked opens to be changed and keeps its place (a click on its remove button only removes it)
            Grid.Column<ContractLine> removing = removeColumn;
            grid.addItemClickListener(event -> {
                if (event.getColumn() == removing) {
                    return;
                }
                new LineForm(contract, event.getItem().position(), event.getItem(), (line, fields) -> {
                    List<NewContractLine> changed = new ArrayList<>(typed(lines.lines()));
                    changed.set(event.getItem().position() - 1, line);
                    return save(changed, lines.discountPercent(), fields);
                }).open();
            });
        }
        grid.setItems(lines.lines());
        grid.setAllRowsVisible(true);
        add(grid);
        if (lines.totals() != null && !lines.lines().isEmpty()) {
            add(totals(lines.totals(), lines.discountPercent()));
        }
        if (editable) {
            add(editing(lines));
        }
    }

    private Span totals(LineTotals totals, BigDecimal discountPercent) {
        StringBuilder text = new StringBuilder(getTranslation("contract.lines.subtotal", money(totals.subtotal())));
        if (discountPercent.signum() > 0) {
            text.append(" · ").append(getTranslation("contract.lines.discount", percent(discountPercent), money(totals.discount())));
        }
        text.append(" · ").append(getTranslation("contract.lines.tax", money(totals.tax())))
                .append(" · ").append(getTranslation("contract.lines.total", money(totals.total())));
        Span shown = new Span(text.toString());
        shown.setId("contract-lines-totals");
        return shown;
    }

    private HorizontalLayout editing(ContractLines lines) {
        Button add = new Button(getTranslation("contract.line.add"), event -> new LineForm(contract, lines.lines().size() + 1, null,
                (line, fields) -> {
                    List<NewContractLine> more = new ArrayList<>(typed(lines.lines()));
                    more.add(line);
                    return save(more, lines.discountPercent(), fields);
                }).open());
        add.setId("contract-line-add");
        HorizontalLayout actions = new HorizontalLayout(add);
        if (!lines.lines().isEmpty()) {
            BigDecimalField discount = new BigDecimalField(getTranslation("contract.lines.discountPercent"));
            discount.setId("contract-lines-discount");
            discount.setValue(lines.discountPercent());
            Button apply = new Button(getTranslation("contract.lines.applyDiscount"),
                    event -> save(typed(lines.lines()), discount.getValue(), Map.of("discountPercent", discount)));
            apply.setId("contract-lines-discount-apply");
            actions.add(discount, apply);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    /** Saves the whole list; a refusal shows beside the field it names. Tells whether it was saved. */
    private boolean save(List<NewContractLine> lines, BigDecimal discountPercent, Map<String, ? extends HasValidation> fields) {
        Contract saved = Attempt.of(() -> ui.contracts.setLines(contract.id(), new NewContractLines(lines, discountPercent),
                contract.version()), "contract.error.changedMeanwhile", "contract.error.notFound", fields);
        if (saved == null) {
            return false;
        }
        onChanged.accept(saved);
        return true;
    }

    private static List<NewContractLine> without(ContractLines lines, int position) {
        return typed(lines.lines().stream().filter(line -> line.position() != position).toList());
    }

    /** The lines as they are, to be saved again with a change (shown only to who sees prices, so none is null). */
    private static List<NewContractLine> typed(List<ContractLine> lines) {
        return lines.stream().map(line -> new NewContractLine(line.productCode(), line.description(), line.unit(), line.quantity(),
                line.unitPrice(), line.discountPercent(), line.taxRate())).toList();
    }

    private String number(BigDecimal amount) {
        return amount == null ? getTranslation("contract.amountHidden") : Money.number(amount, getLocale());
    }

    private String money(BigDecimal amount) {
        return amount == null ? getTranslation("contract.amountHidden") : Money.format(amount, contract.currency(), getLocale());
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }
}
