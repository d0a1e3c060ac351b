package org.mosaiccrm.platform.approvals.internal;

import java.util.List;

import org.mosaiccrm.platform.approval.ApprovalFlows;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The process administrator's permission (a platform permission: the security module grants it to the process-admin role). */
@Component(service = PermissionProvider.class)
public class ApprovalPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(ApprovalFlows.PERMISSION_ADMINISTER, "platform", Action.ADMINISTER, false));
    }
}
