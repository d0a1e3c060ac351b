package org.mosaiccrm.platform.security.service.internal.access;

import java.util.List;

import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.UserAdministration;
import org.osgi.service.component.annotations.Component;

/** The platform's own permissions: user and role administration, modules, the audit log. */
@Component(service = PermissionProvider.class)
public class SecurityPermissions implements PermissionProvider {

    /** Checked by the Modules page (installing and removing modules). */
    public static final String MODULES_ADMINISTER = "platform.modules.administer";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(UserAdministration.PERMISSION_USERS, "security", Action.ADMINISTER, false),
                new PermissionDefinition(UserAdministration.PERMISSION_ROLES, "security", Action.ADMINISTER, false),
                new PermissionDefinition(MODULES_ADMINISTER, "platform", Action.ADMINISTER, false),
                new PermissionDefinition(AuditLog.PERMISSION_READ, "audit", Action.READ, false));
    }
}
