package org.mosaiccrm.platform.ui.internal.webhook;

import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.platform.webhook.Webhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The webhooks page, in the administration menu, for the integration administrator. */
@Component(service = ViewContribution.class)
public class WebhooksViewContribution implements ViewContribution<WebhooksView> {

    private final Webhooks webhooks;

    @Activate
    public WebhooksViewContribution(@Reference Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public String route() {
        return WebhooksView.ROUTE;
    }

    @Override
    public Class<WebhooksView> viewClass() {
        return WebhooksView.class;
    }

    @Override
    public WebhooksView createView() {
        return new WebhooksView(webhooks);
    }

    @Override
    public String titleKey() {
        return "webhook.title";
    }

    @Override
    public String requiredPermission() {
        return Webhooks.PERMISSION_ADMINISTER;
    }

    @Override
    public String menuGroup() {
        return "menu.group.security";
    }

    @Override
    public String icon() {
        return "CONNECT";
    }

    @Override
    public int order() {
        return 70;
    }
}
