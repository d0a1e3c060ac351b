package org.mosaiccrm.example.notes.internal;

import java.util.List;

import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.RecordScope;
import org.osgi.service.component.annotations.Component;

/**
 * Declares the module's permissions so roles can grant them while it is installed, and proposes them
 * for the customer core's sales roles (applied once; an administrator's later change stays).
 */
@Component(service = PermissionProvider.class)
public class NotesPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(PermissionDefinition.of(JpaNoteService.MODULE_ID, Action.READ),
                PermissionDefinition.of(JpaNoteService.MODULE_ID, Action.CREATE));
    }

    @Override
    public List<DefaultGrant> defaultGrants() {
        return List.of(new DefaultGrant("sales-rep", JpaNoteService.MODULE_ID + ".*", RecordScope.ALL),
                new DefaultGrant("sales-manager", JpaNoteService.MODULE_ID + ".*", RecordScope.ALL));
    }
}
