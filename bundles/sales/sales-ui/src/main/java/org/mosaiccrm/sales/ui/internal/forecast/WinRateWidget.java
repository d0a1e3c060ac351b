package org.mosaiccrm.sales.ui.internal.forecast;

import java.time.LocalDate;

import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.sales.ForecastService;
import org.mosaiccrm.sales.WinRate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Paragraph;

/** Home widget: of the opportunities the user may see that closed in the last 90 days, how many were won. */
@Component(service = DashboardWidget.class)
public class WinRateWidget implements DashboardWidget {

    static final int DAYS = 90;

    private final ForecastService forecasts;

    @Activate
    public WinRateWidget(@Reference ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public String id() {
        return "sales.winRate";
    }

    @Override
    public String titleKey() {
        return "sales.widget.winRate";
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public String requiredPermission() {
        return ForecastService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        LocalDate today = LocalDate.now();
        WinRate rate = forecasts.winRate(today.minusDays(DAYS - 1L), today);
        Paragraph widget = new Paragraph();
        widget.setId("winrate-widget");
        widget.setText(rate.percent() == null ? widget.getTranslation("sales.widget.winRate.none", DAYS)
                : widget.getTranslation("sales.widget.winRate.line", rate.percent(), rate.won(), rate.won() + rate.lost(), DAYS));
        return widget;
    }
}
