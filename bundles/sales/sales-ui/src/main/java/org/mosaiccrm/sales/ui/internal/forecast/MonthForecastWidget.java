package org.mosaiccrm.sales.ui.internal.forecast;

import java.time.YearMonth;

import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastFigures;
import org.mosaiccrm.sales.ForecastService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Home widget: this month's forecast the user may see, per currency: won and committed against the quota. */
@Component(service = DashboardWidget.class)
public class MonthForecastWidget implements DashboardWidget {

    private final ForecastService forecasts;

    @Activate
    public MonthForecastWidget(@Reference ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public String id() {
        return "sales.forecast.month";
    }

    @Override
    public String titleKey() {
        return "sales.widget.forecast";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public String requiredPermission() {
        return ForecastService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        VerticalLayout widget = new VerticalLayout();
        widget.setId("forecast-widget");
        widget.setPadding(false);
        widget.setSpacing(false);
        YearMonth month = YearMonth.now();
        Forecast forecast = forecasts.forecast(month, month);
        if (forecast.currencies().isEmpty()) {
            widget.add(new Paragraph(widget.getTranslation("sales.widget.forecast.none")));
        }
        for (String currency : forecast.currencies()) {
            ForecastFigures figures = forecast.total(currency);
            String quota = figures.quota().signum() == 0 ? widget.getTranslation("sales.widget.forecast.noQuota")
                    : widget.getTranslation("sales.widget.forecast.quota", Money.format(figures.quota(), currency, Money.locale()),
                            figures.attainment() + "%");
            widget.add(new Span(widget.getTranslation("sales.widget.forecast.line",
                    Money.format(figures.won(), currency, Money.locale()),
                    Money.format(figures.committed(), currency, Money.locale()),
                    Money.format(figures.weighted(), currency, Money.locale()), quota)));
        }
        return widget;
    }
}
