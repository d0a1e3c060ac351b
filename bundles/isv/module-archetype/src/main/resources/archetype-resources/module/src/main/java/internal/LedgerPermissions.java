package ${package}.internal;

import java.util.List;

import ${package}.LedgerService;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The module's permissions; a user administrator grants them to roles on the Roles page. */
@Component(service = PermissionProvider.class)
public class LedgerPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(PermissionDefinition.of(LedgerService.MODULE_ID, Action.READ),
                PermissionDefinition.of(LedgerService.MODULE_ID, Action.CREATE));
    }
}
