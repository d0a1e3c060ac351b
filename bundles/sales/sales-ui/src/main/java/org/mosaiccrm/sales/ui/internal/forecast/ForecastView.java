package org.mosaiccrm.sales.ui.internal.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.platform.ui.chart.Chart;
import org.mosaiccrm.platform.ui.chart.ChartOptions;
import org.mosaiccrm.platform.ui.chart.ChartSeries;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastFigures;
import org.mosaiccrm.sales.ForecastLine;
import org.mosaiccrm.sales.ForecastService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The forecast the user may see for a period, summed per owner, team or month in one currency,
 * against the quotas; below it the stage funnel. Managers set quotas from here.
 */
public class ForecastView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    enum By {
        OWNER, TEAM, MONTH
    }

    /** One grid row: what it sums (owner, team or month) and the figures. */
    record Row(String label, ForecastFigures figures) {
    }

    private final transient ForecastService forecasts;
    private final Select<Period> period = new Select<>();
    private final Select<By> by = new Select<>();
    private final Select<String> currency = new Select<>();
    private final Grid<Row> grid = new Grid<>();
    private final FooterRow footer;
    private final Chart chart = new Chart(ChartOptions.of("", List.of(), List.of()));
    private final Map<String, SerializableFunction<ForecastFigures, String>> cells = new LinkedHashMap<>();
    private transient Forecast shown;

    public ForecastView(ForecastService forecasts, boolean maySetQuotas) {
        this.forecasts = forecasts;
        setId("forecast-view");
        setSizeFull();
        period.setId("forecast-period");
        period.setLabel(getTranslation("sales.forecast.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("sales.forecast.period." + p.name()));
        period.setValue(Period.THIS_QUARTER);
        by.setId("forecast-by");
        by.setLabel(getTranslation("sales.forecast.by"));
        by.setItems(By.values());
        by.setItemLabelGenerator(b -> getTranslation("sales.forecast.by." + b.name()));
        by.setValue(By.OWNER);
        currency.setId("forecast-currency");
        currency.setLabel(getTranslation("sales.field.currency"));
        HorizontalLayout toolbar = new HorizontalLayout(period, by, currency);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (maySetQuotas) {
            Button quotas = new Button(getTranslation("sales.quota.set"),
                    event -> new QuotaDialog(forecasts, currency.getValue(), this::refresh).open());
            quotas.setId("forecast-quotas");
            toolbar.add(quotas);
        }
        grid.setId("forecast-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::label).setKey("label").setAutoWidth(true);
        column("quota", f -> money(f.quota()));
        column("won", f -> money(f.won()) + ofQuota(f.attainment()));
        column("committed", f -> money(f.committed()) + ofQuota(f.committedOfQuota()));
        column("weighted", f -> money(f.weighted()));
        column("pipeline", f -> money(f.pipeline()) + " · " + f.open());
        footer = grid.appendFooterRow();
        period.addValueChangeListener(event -> refresh());
        by.addValueChangeListener(event -> show());
        currency.addValueChangeListener(event -> show());
        chart.setId("forecast-chart");
        // a bar or point clicked picks its row in the table, where the figures are written out
        chart.addClickListener(event -> grid.getListDataView().getItems().skip(event.categoryIndex()).findFirst()
                .ifPresent(grid::select));
        add(new H2(getTranslation("sales.forecast")), toolbar, grid, chart, new FunnelPanel(forecasts));
        refresh();
    }

    private void column(String key, SerializableFunction<ForecastFigures, String> cell) {
        cells.put(key, cell);
        grid.addColumn(row -> cell.apply(row.figures())).setHeader(getTranslation("sales.forecast." + key)).setKey(key)
                .setAutoWidth(true);
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, currency.getValue(), getLocale());
    }

    /** " · 60%", or nothing without a quota. */
    private static String ofQuota(Integer percent) {
        return percent == null ? "" : " · " + percent + "%";
    }

    private void refresh() {
        LocalDate today = LocalDate.now();
        Forecast forecast = Attempt.of(() -> forecasts.forecast(period.getValue().from(today), period.getValue().to(today)),
                "sales.error.period", "sales.error.period");
        if (forecast == null) {
            return;
        }
        shown = forecast;
        List<String> currencies = forecast.currencies().isEmpty() ? List.of("CNY") : forecast.currencies();
        // nothing chosen yet on a first visit: List.contains(null) throws for an immutable list
        String chosen = currency.getValue() != null && currencies.contains(currency.getValue()) ? currency.getValue()
                : currencies.get(0);
        currency.setItems(currencies);
        currency.setValue(chosen);
        show();
    }

    private void show() {
        if (shown == null || currency.getValue() == null) {
            return;
        }
        String code = currency.getValue();
        List<Row> rows = switch (by.getValue()) {
            case OWNER -> rows(shown.sum(code, ForecastLine::ownerId), ownerNames()::get);
            case TEAM -> rows(shown.sum(code, ForecastLine::teamName),
                    team -> team.isEmpty() ? getTranslation("sales.forecast.noTeam") : team);
            case MONTH -> rows(shown.sum(code, ForecastLine::month), YearMonth::toString);
        };
        grid.getColumnByKey("label").setHeader(getTranslation("sales.forecast.by." + by.getValue().name()));
        grid.setItems(rows);
        chart.setOptions(chart(code, rows));
        ForecastFigures total = shown.total(code);
        footer.getCell(grid.getColumnByKey("label")).setText(getTranslation("sales.forecast.total"));
        cells.forEach((key, cell) -> footer.getCell(grid.getColumnByKey(key)).setText(cell.apply(total)));
        grid.recalculateColumnWidths();
    }

    private Map<Long, String> ownerNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        shown.lines().forEach(line -> names.putIfAbsent(line.ownerId(), line.ownerName()));
        return names;
    }

    /**
     * Quota, won and committed as bars per row; the weighted forecast as a line through the months, or
     * as a fourth bar per owner or team (a line between people would suggest a course). Owners and
     * teams lie down the side, where their names have room; months run along the bottom.
     */
    private ChartOptions chart(String code, List<Row> rows) {
        boolean months = by.getValue() == By.MONTH;
        String weighted = getTranslation("sales.forecast.weighted");
        List<BigDecimal> weightedFigures = figures(rows, ForecastFigures::weighted);
        ChartOptions options = ChartOptions.of(getTranslation("sales.forecast.chart", code), rows.stream().map(Row::label).toList(),
                List.of(ChartSeries.bar(getTranslation("sales.forecast.chart.quota"), figures(rows, ForecastFigures::quota)),
                        ChartSeries.bar(getTranslation("sales.forecast.chart.won"), figures(rows, ForecastFigures::won)),
                        ChartSeries.bar(getTranslation("sales.forecast.chart.committed"), figures(rows, ForecastFigures::committed)),
                        months ? ChartSeries.line(weighted, weightedFigures) : ChartSeries.bar(weighted, weightedFigures)));
        return months ? options : options.horizontally();
    }

    private static List<BigDecimal> figures(List<Row> rows, Function<ForecastFigures, BigDecimal> figure) {
        return rows.stream().map(row -> figure.apply(row.figures())).toList();
    }

    private static <K> List<Row> rows(Map<K, ForecastFigures> sums, Function<K, String> label) {
        return sums.entrySet().stream().map(e -> new Row(label.apply(e.getKey()), e.getValue())).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.forecast");
    }
}
