package org.mosaiccrm.contract.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mosaiccrm.contract.Ageing;
import org.mosaiccrm.contract.AgeingLine;
import org.mosaiccrm.platform.csv.CsvExport;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Receivables ageing (账龄分析): what signed contracts still owe past due, by days overdue, per owner
 * (a line opens that owner's customers) or per customer, with the totals beneath and the same lines as
 * a CSV file for Excel or WPS.
 */
public class ReceivablesAgeingView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int CUSTOMER_LINES = 200;

    /** Lines per owner, or per customer (of one owner, or of all in scope). */
    enum Per {
        OWNER, CUSTOMER
    }

    private final transient ContractUi ui;
    private final Select<Per> per = new Select<>();
    private final Span asOf = new Span();
    private final Span ownerShown = new Span();
    private final Button allOwners = new Button();
    private final Grid<AgeingLine> grid = new Grid<>();
    private final Anchor export = new Anchor();
    private final Map<Long, String> ownerNames = new HashMap<>();
    private final List<Range> ranges;
    private FooterRow footer;
    private Grid.Column<AgeingLine> customerColumn;
    private transient List<AgeingLine> shown = List.of();
    /** The owner whose customers are shown, or null for all in scope. */
    private Long owner;
    /** The owner a click on a line per owner chose, taken up when the per-customer lines load. */
    private Long chosenOwner;

    /** A column of amounts: its header key and how a line gives it. */
    private record Range(String key, Function<AgeingLine, BigDecimal> amount) {
    }

    ReceivablesAgeingView(ContractUi ui) {
        this.ui = ui;
        setId("ageing-view");
        setSizeFull();
        ranges = List.of(new Range("contract.ageing.days30", AgeingLine::days1To30),
                new Range("contract.ageing.days60", AgeingLine::days31To60), new Range("contract.ageing.days90", AgeingLine::days61To90),
                new Range("contract.ageing.over90", AgeingLine::over90Days), new Range("contract.ageing.total", AgeingLine::total));
        per.setId("ageing-per");
        per.setLabel(getTranslation("contract.ageing.per"));
        per.setItems(Per.values());
        per.setItemLabelGenerator(value -> getTranslation("contract.ageing.per." + value.name().toLowerCase(Locale.ROOT)));
        per.setValue(Per.OWNER);
        per.addValueChangeListener(event -> {
            owner = chosenOwner;
            chosenOwner = null;
            reload();
        });
        asOf.setId("ageing-as-of");
        ownerShown.setId("ageing-owner");
        allOwners.setId("ageing-all-owners");
        allOwners.setText(getTranslation("contract.ageing.allOwners"));
        allOwners.addClickListener(event -> {
            owner = null;
            reload();
        });
        export.setId("ageing-export");
        export.add(new Button(getTranslation("contract.export.csv"), VaadinIcon.DOWNLOAD.create()));
        export.setRouterIgnore(true);
        export.setHref((DownloadHandler) event -> {
            event.setFileName("receivables-ageing-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            writeCsv(event.getOutputStream());
        });
        grid.setId("ageing-grid");
        grid.addColumn(line -> ownerName(line.ownerId())).setHeader(getTranslation("contract.field.owner")).setAutoWidth(true)
                .setFlexGrow(1);
        customerColumn = grid.addColumn(line -> line.customerId() == null ? "" : ui.customerName(line.customerId()))
                .setHeader(getTranslation("contract.field.customer")).setWidth("12em").setFlexGrow(2)
                .setTooltipGenerator(line -> line.customerId() == null ? "" : ui.customerName(line.customerId()));
        grid.addColumn(AgeingLine::currency).setHeader(getTranslation("contract.field.currency")).setAutoWidth(true);
        for (Range range : ranges) {
            grid.addColumn(line -> amount(range.amount().apply(line), line.currency()))
                    .setHeader(getTranslation(range.key())).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
        footer = grid.appendFooterRow();
        grid.addItemClickListener(event -> {
            if (per.getValue() == Per.OWNER) {
                chosenOwner = event.getItem().ownerId();
                per.setValue(Per.CUSTOMER);
            }
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contract.ageing")), per, ownerShown, allOwners, export);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, asOf, grid);
        expand(grid);
        reload();
    }

    private void reload() {
        Ageing ageing = per.getValue() == Per.OWNER ? ui.reports.ageingByOwner() : ui.reports.ageingByCustomer(owner, CUSTOMER_LINES);
        shown = ageing.lines();
        asOf.setText(getTranslation("contract.ageing.asOf", ageing.asOf().toString()));
        customerColumn.setVisible(per.getValue() == Per.CUSTOMER);
        ownerShown.setText(owner == null ? "" : getTranslation("contract.ageing.ofOwner", ownerName(owner)));
        allOwners.setVisible(owner != null);
        grid.setItems(shown);
        grid.setEmptyStateText(getTranslation("contract.ageing.none"));
        showTotals();
    }

    /** Beneath the lines, their sums per currency (one line of text per column). */
    private void showTotals() {
        List<Grid.Column<AgeingLine>> columns = grid.getColumns();
        footer.getCell(columns.get(0)).setText(shown.isEmpty() ? "" : getTranslation("contract.ageing.total"));
        List<String> currencies = shown.stream().map(AgeingLine::currency).distinct().sorted().toList();
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            footer.getCell(columns.get(3 + i)).setText(currencies.stream()
                    .map(currency -> amount(shown.stream().filter(line -> line.currency().equals(currency))
                            .map(range.amount()).reduce(BigDecimal.ZERO, BigDecimal::add), currency))
                    .collect(Collectors.joining(" · ")));
        }
    }

    /** An amount as the grid shows it: a dash for nothing, as accountants write it. */
    private String amount(BigDecimal amount, String currency) {
        return amount.signum() == 0 ? "—" : Money.format(amount, currency, getLocale());
    }

    private String ownerName(long id) {
        if (!ownerNames.containsKey(id)) {
            List<Long> unknown = new ArrayList<>(shown.stream().map(AgeingLine::ownerId).filter(o -> !ownerNames.containsKey(o)).toList());
            unknown.add(id);
            Map<Long, String> names = ui.users.displayNames(unknown);
            unknown.forEach(o -> ownerNames.put(o, names.getOrDefault(o, "#" + o)));
        }
        return ownerNames.get(id);
    }

    /** The lines shown, as they are shown, amounts as plain numbers (Excel sums them). */
    private void writeCsv(java.io.OutputStream out) {
        try (CsvExport csv = CsvExport.to(out)) {
            List<Object> header = new ArrayList<>(List.of(getTranslation("contract.field.owner")));
            if (per.getValue() == Per.CUSTOMER) {
                header.add(getTranslation("contract.field.customer"));
            }
            header.add(getTranslation("contract.field.currency"));
            ranges.forEach(range -> header.add(getTranslation(range.key())));
            csv.row(header);
            for (AgeingLine line : shown) {
                List<Object> cells = new ArrayList<>(List.of(ownerName(line.ownerId())));
                if (per.getValue() == Per.CUSTOMER) {
                    cells.add(ui.customerName(line.customerId()));
                }
                cells.add(line.currency());
                ranges.forEach(range -> cells.add(range.amount().apply(line).toPlainString()));
                csv.row(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.ageing");
    }
}
