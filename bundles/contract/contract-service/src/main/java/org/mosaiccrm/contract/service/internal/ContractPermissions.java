package org.mosaiccrm.contract.service.internal;

import java.util.List;

import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.osgi.service.component.annotations.Component;

/**
 * The contract permissions, offered in the role editor while the module is installed, and what the
 * customer core's roles may do with contracts: a contract manager works on all of them, a sales
 * manager reads the team's, a rep drafts and reads their own, plans their payments and asks for
 * invoices; finance records the payments received and issues the invoices.
 */
@Component(service = PermissionProvider.class)
public class ContractPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        String module = ContractService.MODULE_ID;
        return List.of(PermissionDefinition.of(module, Action.READ),
                PermissionDefinition.of(module, Action.CREATE),
                PermissionDefinition.of(module, Action.EDIT),
                PermissionDefinition.of(module, Action.APPROVE),
                PermissionDefinition.of(module, Action.ADMINISTER),
                PermissionDefinition.of(module, "receipt", Action.CREATE),
                PermissionDefinition.of(module, "invoice", Action.CREATE),
                new PermissionDefinition(ContractService.PERMISSION_AMOUNT, module, Action.READ, true));
    }

    /** Finance approves contracts at or above the limit in the flow the module ships (财务). */
    @Override
    public List<RoleTemplate> roleTemplates() {
        return List.of(new RoleTemplate(ContractService.ROLE_FINANCE, "Finance"));
    }

    @Override
    public List<DefaultGrant> defaultGrants() {
        return List.of(
                new DefaultGrant("contract-manager", "contract.*", RecordScope.ALL),
                new DefaultGrant(ContractService.ROLE_FINANCE, ContractService.PERMISSION_READ, RecordScope.ALL),
                new DefaultGrant(ContractService.ROLE_FINANCE, ContractService.PERMISSION_AMOUNT, RecordScope.ALL),
                new DefaultGrant(ContractService.ROLE_FINANCE, ContractPayments.PERMISSION_RECORD_RECEIPTS, RecordScope.ALL),
                new DefaultGrant(ContractService.ROLE_FINANCE, ContractInvoices.PERMISSION_ISSUE, RecordScope.ALL),
                new DefaultGrant(ContractService.ROLE_FINANCE, "customer.read", RecordScope.ALL),
                new DefaultGrant("sales-manager", ContractService.PERMISSION_READ, RecordScope.TEAM),
                new DefaultGrant("sales-manager", ContractService.PERMISSION_AMOUNT, RecordScope.TEAM),
                new DefaultGrant("sales-rep", ContractService.PERMISSION_READ, RecordScope.OWN),
                new DefaultGrant("sales-rep", ContractService.PERMISSION_CREATE, RecordScope.OWN),
                new DefaultGrant("sales-rep", ContractService.PERMISSION_EDIT, RecordScope.OWN),
                new DefaultGrant("sales-rep", ContractService.PERMISSION_AMOUNT, RecordScope.OWN));
    }
}
