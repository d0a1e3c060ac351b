package org.mosaiccrm.customer.service.internal;

import java.util.List;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The customer module's permissions, offered to the role editor. */
@Component(service = PermissionProvider.class)
public class CustomerPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        String module = JpaCustomerService.MODULE_ID;
        return List.of(PermissionDefinition.of(module, Action.READ), PermissionDefinition.of(module, Action.CREATE),
                PermissionDefinition.of(module, Action.EDIT), PermissionDefinition.of(module, Action.DELETE),
                PermissionDefinition.of(module, Action.IMPORT), PermissionDefinition.of(module, Action.EXPORT),
                PermissionDefinition.of(module, Action.APPROVE), PermissionDefinition.of(module, Action.ADMINISTER),
                new PermissionDefinition(CustomerService.PERMISSION_TAX_ID, module, Action.READ, true));
    }
}
