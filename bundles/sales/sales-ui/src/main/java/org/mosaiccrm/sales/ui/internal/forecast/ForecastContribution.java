package org.mosaiccrm.sales.ui.internal.forecast;

import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.ForecastService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The forecast page (sales/forecast): figures against quotas and the stage funnel. */
@Component(service = ViewContribution.class)
public class ForecastContribution implements ViewContribution<ForecastView> {

    public static final String ROUTE = "sales/forecast";

    private final ForecastService forecasts;
    private final AccessPolicy policy;

    @Activate
    public ForecastContribution(@Reference ForecastService forecasts, @Reference AccessPolicy policy) {
        this.forecasts = forecasts;
        this.policy = policy;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<ForecastView> viewClass() {
        return ForecastView.class;
    }

    @Override
    public ForecastView createView() {
        return new ForecastView(forecasts, policy.isPermitted(ForecastService.PERMISSION_QUOTA));
    }

    @Override
    public String titleKey() {
        return "sales.forecast";
    }

    @Override
    public String requiredPermission() {
        return ForecastService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "sales.menu.group";
    }

    @Override
    public String icon() {
        return "LINE_BAR_CHART";
    }

    /** After orders, before the price list. */
    @Override
    public int order() {
        return 45;
    }
}
