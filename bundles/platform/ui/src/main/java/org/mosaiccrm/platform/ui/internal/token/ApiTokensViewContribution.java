package org.mosaiccrm.platform.ui.internal.token;

import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Every signed-in user's API tokens page, reached from the user menu (no menu entry). */
@Component(service = ViewContribution.class)
public class ApiTokensViewContribution implements ViewContribution<ApiTokensView> {

    private final ApiTokens tokens;

    @Activate
    public ApiTokensViewContribution(@Reference ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String route() {
        return ApiTokensView.ROUTE;
    }

    @Override
    public Class<ApiTokensView> viewClass() {
        return ApiTokensView.class;
    }

    @Override
    public ApiTokensView createView() {
        return new ApiTokensView(tokens);
    }

    @Override
    public String titleKey() {
        return "apiToken.title";
    }

    @Override
    public String requiredPermission() {
        return "";
    }

    @Override
    public String menuGroup() {
        return "";
    }
}
