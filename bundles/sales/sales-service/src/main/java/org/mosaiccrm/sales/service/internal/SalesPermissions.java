package org.mosaiccrm.sales.service.internal;

import java.util.List;

import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.sales.OpportunityService;
import org.osgi.service.component.annotations.Component;

/**
 * The sales permissions, offered in the role editor while the module is installed, and what the
 * customer core's sales roles may do in sales: a rep works on their own records, a manager on the
 * team's.
 */
@Component(service = PermissionProvider.class)
public class SalesPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        String module = OpportunityService.MODULE_ID;
        return List.of(PermissionDefinition.of(module, "opportunity", Action.READ),
                PermissionDefinition.of(module, "opportunity", Action.CREATE),
                PermissionDefinition.of(module, "opportunity", Action.EDIT),
                PermissionDefinition.of(module, "opportunity", Action.ADMINISTER),
                PermissionDefinition.of(module, "lead", Action.READ),
                PermissionDefinition.of(module, "lead", Action.CREATE),
                PermissionDefinition.of(module, "lead", Action.EDIT),
                PermissionDefinition.of(module, "lead", Action.IMPORT),
                PermissionDefinition.of(module, "lead", Action.ADMINISTER),
                PermissionDefinition.of(module, "product", Action.READ),
                PermissionDefinition.of(module, "product", Action.ADMINISTER),
                PermissionDefinition.of(module, "quote", Action.READ),
                PermissionDefinition.of(module, "quote", Action.CREATE),
                PermissionDefinition.of(module, "quote", Action.EDIT),
                PermissionDefinition.of(module, "order", Action.READ),
                PermissionDefinition.of(module, "order", Action.EDIT),
                PermissionDefinition.of(module, "forecast", Action.READ),
                PermissionDefinition.of(module, "quota", Action.ADMINISTER));
    }

    @Override
    public List<DefaultGrant> defaultGrants() {
        return List.of(
                new DefaultGrant("sales-rep", "sales*.read", RecordScope.OWN),
                new DefaultGrant("sales-rep", "sales*.create", RecordScope.OWN),
                new DefaultGrant("sales-rep", "sales*.edit", RecordScope.OWN),
                new DefaultGrant("sales-rep", "sales*.import", RecordScope.OWN),
                new DefaultGrant("sales-rep", "sales*.export", RecordScope.OWN),
                new DefaultGrant("sales-manager", "sales.*", RecordScope.TEAM));
    }
}
