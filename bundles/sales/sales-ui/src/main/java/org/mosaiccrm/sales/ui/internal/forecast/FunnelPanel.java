package org.mosaiccrm.sales.ui.internal.forecast;

import java.time.LocalDate;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.sales.ForecastService;
import org.mosaiccrm.sales.Funnel;
import org.mosaiccrm.sales.FunnelStage;
import org.mosaiccrm.sales.ui.internal.StageLabels;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** The stage funnel: of the opportunities created in a period, how many reached each stage and went on. */
class FunnelPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** How far back the funnel looks, in days. */
    enum Range {
        LAST_90_DAYS(90), LAST_12_MONTHS(365);

        private final int days;

        Range(int days) {
            this.days = days;
        }
    }

    private final transient ForecastService forecasts;
    private final Select<Range> range = new Select<>();
    private final Div stages = new Div();
    private final Span outcome = new Span();

    FunnelPanel(ForecastService forecasts) {
        this.forecasts = forecasts;
        setId("funnel");
        setPadding(false);
        range.setId("funnel-range");
        range.setLabel(getTranslation("sales.funnel.range"));
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> getTranslation("sales.funnel.range." + r.name()));
        range.setValue(Range.LAST_90_DAYS);
        range.addValueChangeListener(event -> refresh());
        stages.setWidthFull();
        outcome.setId("funnel-outcome");
        add(new H3(getTranslation("sales.funnel")), range, stages, outcome);
        refresh();
    }

    private void refresh() {
        LocalDate today = LocalDate.now();
        Funnel funnel = Attempt.of(() -> forecasts.funnel(today.minusDays(range.getValue().days - 1L), today),
                "sales.error.period", "sales.error.period");
        stages.removeAll();
        if (funnel == null) {
            return;
        }
        long widest = Math.max(1, funnel.stages().isEmpty() ? 1 : funnel.stages().get(0).reached());
        for (FunnelStage stage : funnel.stages()) {
            stages.add(row(stage, widest));
        }
        Integer winRate = funnel.winRate();
        outcome.setText(getTranslation("sales.funnel.outcome", funnel.open(), funnel.won(), funnel.lost(),
                winRate == null ? "–" : winRate + "%"));
    }

    private Div row(FunnelStage stage, long widest) {
        Span name = new Span(StageLabels.label(this, stage.stage()));
        name.addClassName("funnel-stage-name");
        name.setWidth("10em");
        Div bar = new Div();
        bar.addClassName("funnel-bar");
        bar.getStyle().set("width", Math.max(1, stage.reached() * 100 / widest) * 0.5 + "%").set("height", "1.2em")
                .set("background", "var(--lumo-primary-color-50pct)").set("border-radius", "var(--lumo-border-radius-s)");
        Span reached = new Span(getTranslation("sales.funnel.reached", stage.reached()));
        reached.addClassName("funnel-reached");
        Span conversion = new Span(stage.conversion() == null ? "" : getTranslation("sales.funnel.conversion", stage.conversion()));
        conversion.addClassName("funnel-conversion");
        Div row = new Div(name, bar, reached, conversion);
        row.addClassName("funnel-stage");
        row.getElement().setAttribute("data-stage", stage.stage().code());
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                .set("margin", "var(--lumo-space-xs) 0");
        return row;
    }
}
