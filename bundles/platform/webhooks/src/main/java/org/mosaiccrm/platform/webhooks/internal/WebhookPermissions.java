package org.mosaiccrm.platform.webhooks.internal;

import java.util.List;

import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.webhook.Webhooks;
import org.osgi.service.component.annotations.Component;

/**
 * The webhooks' permission, a platform permission: the security module's integration administrator
 * holds it. Through a subscription one hears only of records a business role of one's own lets one read.
 */
@Component(service = PermissionProvider.class)
public class WebhookPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(Webhooks.PERMISSION_ADMINISTER, "platform", Action.ADMINISTER, false));
    }
}
