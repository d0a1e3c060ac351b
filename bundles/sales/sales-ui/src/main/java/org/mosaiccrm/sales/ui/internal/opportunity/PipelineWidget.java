package org.mosaiccrm.sales.ui.internal.opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.platform.ui.chart.Chart;
import org.mosaiccrm.platform.ui.chart.ChartOptions;
import org.mosaiccrm.platform.ui.chart.ChartSeries;
import org.mosaiccrm.sales.BoardColumn;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.PipelineTotal;
import org.mosaiccrm.sales.ui.internal.StageLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Home widget: the open pipeline the user may see, per currency, plain and weighted by probability,
 * and a chart of it by stage (in the currency with the most open opportunities).
 */
@Component(service = DashboardWidget.class)
public class PipelineWidget implements DashboardWidget {

    private final OpportunityService opportunities;

    @Activate
    public PipelineWidget(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String id() {
        return "sales.pipeline";
    }

    @Override
    public String titleKey() {
        return "sales.widget.pipeline";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String requiredPermission() {
        return OpportunityService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        VerticalLayout widget = new VerticalLayout();
        widget.setId("pipeline-widget");
        widget.setPadding(false);
        widget.setSpacing(false);
        List<PipelineTotal> totals = opportunities.pipeline();
        if (totals.isEmpty()) {
            widget.add(new Paragraph(widget.getTranslation("sales.widget.none")));
        }
        for (PipelineTotal total : totals) {
            widget.add(new Span(widget.getTranslation("sales.widget.line", total.count(),
                    Money.format(total.amount(), total.currency(), Money.locale()),
                    Money.format(total.weighted(), total.currency(), Money.locale()))));
        }
        totals.stream().max(java.util.Comparator.comparingLong(PipelineTotal::count))
                .ifPresent(most -> widget.add(byStage(widget, most.currency())));
        return widget;
    }

    private Chart byStage(com.vaadin.flow.component.Component widget, String currency) {
        List<BoardColumn> stages = opportunities.board(1);
        Chart chart = new Chart(ChartOptions.of(widget.getTranslation("sales.widget.pipeline.chart", currency),
                stages.stream().map(column -> StageLabels.label(widget, column.stage())).toList(),
                List.of(ChartSeries.bar(widget.getTranslation("sales.widget.pipeline.amount"), inCurrency(stages, currency, PipelineTotal::amount)),
                        ChartSeries.bar(widget.getTranslation("sales.widget.pipeline.weighted"),
                                inCurrency(stages, currency, PipelineTotal::weighted)))));
        chart.setId("pipeline-chart");
        chart.setHeight("240px");
        return chart;
    }

    /** Per stage, its total in {@code currency} (0 where it has none in that currency). */
    private static List<BigDecimal> inCurrency(List<BoardColumn> stages, String currency, Function<PipelineTotal, BigDecimal> figure) {
        return stages.stream().map(column -> column.totals().stream().filter(total -> total.currency().equals(currency))
                .map(figure).findFirst().orElse(BigDecimal.ZERO)).toList();
    }
}
