package org.mosaiccrm.customer.service.internal;

import java.util.List;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.osgi.service.component.annotations.Component;

/**
 * The customer module's permissions, offered to the role editor, and the CRM's standard job roles:
 * the customer core is always installed, so the roles every business module adds to live here, each
 * with what it may do with customers. Business modules add their own grants to these roles.
 */
@Component(service = PermissionProvider.class)
public class CustomerPermissions implements PermissionProvider {

    public static final String SALES_REP = "sales-rep";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String CONTRACT_MANAGER = "contract-manager";
    public static final String MARKETER = "marketer";
    public static final String SERVICE_AGENT = "service-agent";
    public static final String SERVICE_MANAGER = "service-manager";
    public static final String ANALYST = "analyst";

    @Override
    public List<PermissionDefinition> permissions() {
        String module = JpaCustomerService.MODULE_ID;
        return List.of(PermissionDefinition.of(module, Action.READ), PermissionDefinition.of(module, Action.CREATE),
                PermissionDefinition.of(module, Action.EDIT), PermissionDefinition.of(module, Action.DELETE),
                PermissionDefinition.of(module, Action.IMPORT), PermissionDefinition.of(module, Action.EXPORT),
                PermissionDefinition.of(module, Action.APPROVE), PermissionDefinition.of(module, Action.ADMINISTER),
                new PermissionDefinition(CustomerService.PERMISSION_TAX_ID, module, Action.READ, true));
    }

    @Override
    public List<RoleTemplate> roleTemplates() {
        return List.of(new RoleTemplate(SALES_REP, "Sales rep"), new RoleTemplate(SALES_MANAGER, "Sales manager"),
                new RoleTemplate(CONTRACT_MANAGER, "Contract manager"), new RoleTemplate(MARKETER, "Marketer"),
                new RoleTemplate(SERVICE_AGENT, "Service agent"), new RoleTemplate(SERVICE_MANAGER, "Service manager"),
                new RoleTemplate(ANALYST, "Analyst"));
    }

    /** What each role may do with customers; the analyst reads reports only, which the BI module brings. */
    @Override
    public List<DefaultGrant> defaultGrants() {
        return List.of(
                new DefaultGrant(SALES_REP, "customer.read", RecordScope.OWN),
                new DefaultGrant(SALES_REP, "customer.create", RecordScope.OWN),
                new DefaultGrant(SALES_REP, "customer.edit", RecordScope.OWN),
                new DefaultGrant(SALES_REP, "customer.import", RecordScope.OWN),
                new DefaultGrant(SALES_REP, "customer.export", RecordScope.OWN),
                new DefaultGrant(SALES_MANAGER, "customer.*", RecordScope.TEAM),
                new DefaultGrant(CONTRACT_MANAGER, "customer.read", RecordScope.ALL),
                new DefaultGrant(CONTRACT_MANAGER, CustomerService.PERMISSION_TAX_ID, RecordScope.ALL),
                new DefaultGrant(MARKETER, "customer.read", RecordScope.ALL),
                new DefaultGrant(MARKETER, "customer.export", RecordScope.ALL),
                new DefaultGrant(SERVICE_AGENT, "customer.read", RecordScope.ALL),
                new DefaultGrant(SERVICE_MANAGER, "customer.read", RecordScope.ALL),
                new DefaultGrant(SERVICE_MANAGER, "customer.edit", RecordScope.ALL));
    }
}
