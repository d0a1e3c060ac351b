package com.example.loyalty.internal;

import java.util.List;

import com.example.loyalty.LedgerService;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.osgi.service.component.annotations.Component;

/**
 * The module's permissions (a user administrator grants them to roles on the Roles page), the role
 * it brings for staff who only keep the ledger, and what the CRM's sales reps get by default. The
 * CRM applies the defaults once, when the module is installed; an administrator's changes stay.
 */
@Component(service = PermissionProvider.class)
public class LedgerPermissions implements PermissionProvider {

    /** The role this module brings; its label is {@code role.<code>} in the module's translations. */
    static final String CLERK = LedgerService.MODULE_ID + "-clerk";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(PermissionDefinition.of(LedgerService.MODULE_ID, Action.READ),
                PermissionDefinition.of(LedgerService.MODULE_ID, Action.CREATE));
    }

    @Override
    public List<RoleTemplate> roleTemplates() {
        return List.of(new RoleTemplate(CLERK, "Loyalty clerk"));
    }

    @Override
    public List<DefaultGrant> defaultGrants() {
        return List.of(new DefaultGrant(CLERK, LedgerService.PERMISSION_READ, RecordScope.ALL),
                new DefaultGrant(CLERK, LedgerService.PERMISSION_CREATE, RecordScope.ALL),
                new DefaultGrant(CLERK, "customer.read", RecordScope.ALL),
                // the customer core's sales reps: on the customers they may see
                new DefaultGrant("sales-rep", LedgerService.PERMISSION_READ, RecordScope.ALL),
                new DefaultGrant("sales-rep", LedgerService.PERMISSION_CREATE, RecordScope.ALL));
    }
}
