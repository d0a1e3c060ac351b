package org.mosaiccrm.contract.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mosaiccrm.contract.ContractFigure;
import org.mosaiccrm.contract.ContractGrouping;
import org.mosaiccrm.platform.csv.CsvExport;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.platform.ui.chart.Chart;
import org.mosaiccrm.platform.ui.chart.ChartOptions;
import org.mosaiccrm.platform.ui.chart.ChartSeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Contracts signed in a period (合同统计), per month, status, type or owner and currency: how many, for
 * how much, what came in (回款) and the collection rate, what was invoiced; the amounts signed and
 * received as a chart (in the currency with the most), the totals beneath, the same lines as a CSV
 * file for Excel or WPS. This year so far to start with.
 */
public class ContractReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ContractUi ui;
    private final DateField from = new DateField(null);
    private final DateField to = new DateField(null);
    private final Select<ContractGrouping> by = new Select<>();
    private final Chart chart = new Chart(ChartOptions.of("", List.of(), List.of()));
    private final Grid<ContractFigure> grid = new Grid<>();
    private final FooterRow footer;
    private final List<Figure> figures;
    private transient List<ContractFigure> shown = List.of();
    private transient Map<Long, String> ownerNames = Map.of();

    /** A column of amounts: its header key and how a line gives it. */
    private record Figure(String key, Function<ContractFigure, BigDecimal> amount) {
    }

    ContractReportsView(ContractUi ui) {
        this.ui = ui;
        setId("contract-reports-view");
        setSizeFull();
        figures = List.of(new Figure("contract.reports.amount", ContractFigure::amount),
                new Figure("contract.reports.received", ContractFigure::received),
                new Figure("contract.reports.invoiced", ContractFigure::invoiced));
        LocalDate today = LocalDate.now();
        from.setLabel(getTranslation("contract.reports.from"));
        from.setId("contract-reports-from");
        from.setValue(today.withDayOfYear(1));
        to.setLabel(getTranslation("contract.reports.to"));
        to.setId("contract-reports-to");
        to.setValue(today);
        by.setLabel(getTranslation("contract.reports.by"));
        by.setId("contract-reports-by");
        by.setItems(ContractGrouping.values());
        by.setItemLabelGenerator(grouping -> getTranslation("contract.reports.by." + grouping.name().toLowerCase(Locale.ROOT)));
        by.setValue(ContractGrouping.MONTH);
        from.addValueChangeListener(event -> reload());
        to.addValueChangeListener(event -> reload());
        by.addValueChangeListener(event -> reload());
        Anchor export = new Anchor();
        export.setId("contract-reports-export");
        export.add(new Button(getTranslation("contract.export.csv"), VaadinIcon.DOWNLOAD.create()));
        export.setRouterIgnore(true);
        export.setHref((DownloadHandler) event -> {
            event.setFileName("contracts-signed-" + from.getValue() + "-" + to.getValue() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            writeCsv(event.getOutputStream());
        });
        chart.setId("contract-reports-chart");
        chart.setHeight("260px");
        grid.setId("contract-reports-grid");
        grid.addColumn(this::groupName).setHeader(getTranslation("contract.reports.group")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ContractFigure::currency).setHeader(getTranslation("contract.field.currency")).setAutoWidth(true);
        grid.addColumn(ContractFigure::count).setHeader(getTranslation("contract.reports.count")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        for (Figure figure : figures) {
            grid.addColumn(line -> Money.format(figure.amount().apply(line), line.currency(), getLocale()))
                    .setHeader(getTranslation(figure.key())).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(line -> line.collectedPercent().toPlainString() + " %").setHeader(getTranslation("contract.reports.collected"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        footer = grid.appendFooterRow();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contract.reports")), from, to, by, export);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, chart, grid);
        expand(grid);
        reload();
    }

    private void reload() {
        if (from.isInvalid() || to.isInvalid() || from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<ContractFigure> read = Attempt.of(() -> ui.reports.signed(by.getValue(), from.getValue(), to.getValue()),
                "contract.error.changedMeanwhile", "contract.error.notFound", Map.of("to", to));
        if (read == null) {
            return;
        }
        to.setInvalid(false);
        shown = read;
        if (by.getValue() == ContractGrouping.OWNER) {
            ownerNames = ui.users.displayNames(shown.stream().map(line -> Long.parseLong(line.key())).distinct().toList());
        }
        grid.setItems(shown);
        grid.setEmptyStateText(getTranslation("contract.reports.none"));
        showTotals();
        showChart();
    }

    /** Beneath the lines, their sums per currency. */
    private void showTotals() {
        List<Grid.Column<ContractFigure>> columns = grid.getColumns();
        footer.getCell(columns.get(0)).setText(shown.isEmpty() ? "" : getTranslation("contract.reports.total"));
        List<String> currencies = currencies();
        footer.getCell(columns.get(2)).setText(shown.isEmpty() ? "" : String.valueOf(shown.stream().mapToLong(ContractFigure::count).sum()));
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            footer.getCell(columns.get(3 + i)).setText(currencies.stream()
                    .map(currency -> Money.format(sum(currency, figure.amount()), currency, getLocale()))
                    .collect(Collectors.joining(" · ")));
        }
        footer.getCell(columns.get(3 + figures.size())).setText(currencies.stream()
                .map(currency -> new ContractFigure("", currency, 0, sum(currency, ContractFigure::amount),
                        sum(currency, ContractFigure::received), BigDecimal.ZERO).collectedPercent().toPlainString() + " %")
                .collect(Collectors.joining(" · ")));
    }

    /** Signed and received per group, in the currency with the most signed. */
    private void showChart() {
        String currency = currencies().stream().max(Comparator.comparing(c -> sum(c, ContractFigure::amount))).orElse("CNY");
        List<ContractFigure> lines = shown.stream().filter(line -> line.currency().equals(currency)).toList();
        chart.setOptions(ChartOptions.of(getTranslation("contract.reports.chart", currency), lines.stream().map(this::groupName).toList(),
                List.of(ChartSeries.bar(getTranslation("contract.reports.amount"), lines.stream().map(ContractFigure::amount).toList()),
                        ChartSeries.bar(getTranslation("contract.reports.received"), lines.stream().map(ContractFigure::received).toList()))));
    }

    private List<String> currencies() {
        return shown.stream().map(ContractFigure::currency).distinct().sorted().toList();
    }

    private BigDecimal sum(String currency, Function<ContractFigure, BigDecimal> amount) {
        return shown.stream().filter(line -> line.currency().equals(currency)).map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A group as people call it: a month as it is, a status or type by its name, an owner by theirs. */
    private String groupName(ContractFigure line) {
        return switch (by.getValue()) {
            case STATUS -> getTranslation("contract.status." + line.key());
            case TYPE -> ui.typeName(line.key());
            case OWNER -> ownerNames.getOrDefault(Long.parseLong(line.key()), "#" + line.key());
            case MONTH -> line.key();
        };
    }

    /** The lines shown, as they are shown, amounts as plain numbers (Excel sums them). */
    private void writeCsv(OutputStream out) {
        try (CsvExport csv = CsvExport.to(out)) {
            List<Object> header = new ArrayList<>(List.of(getTranslation("contract.reports.by." + by.getValue().name().toLowerCase(Locale.ROOT)),
                    getTranslation("contract.field.currency"), getTranslation("contract.reports.count")));
            figures.forEach(figure -> header.add(getTranslation(figure.key())));
            header.add(getTranslation("contract.reports.collected"));
            csv.row(header);
            for (ContractFigure line : shown) {
                List<Object> cells = new ArrayList<>(List.of(groupName(line), line.currency(), line.count()));
                figures.forEach(figure -> cells.add(figure.amount().apply(line).toPlainString()));
                cells.add(line.collectedPercent().toPlainString());
                csv.row(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.reports");
    }
}
