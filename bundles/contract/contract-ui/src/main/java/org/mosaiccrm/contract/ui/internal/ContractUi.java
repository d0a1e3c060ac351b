package org.mosaiccrm.contract.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.ContractMilestones;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractSigners;
import org.mosaiccrm.contract.ContractType;
import org.mosaiccrm.contract.ContractTypes;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.UserDirectory;

/**
 * What the contract screens work with: the services, and what the signed-in user may do, asked once
 * per view. Customer names are looked up once per screen.
 */
final class ContractUi {

    final ContractService contracts;
    final ContractPayments payments;
    final ContractInvoices invoices;
    final ContractMilestones milestones;
    final ContractSigners signers;
    final ContactService contacts;
    final ContractReports reports;
    final ContractTypes types;
    final Approvals approvals;
    final CustomerService customers;
    final UserDirectory users;
    final Attachments attachments;
    final boolean mayCreate;
    final boolean mayEdit;
    final boolean mayRecordReceipts;
    final boolean mayIssueInvoices;
    final boolean mayAdministerTypes;
    private final Map<Long, String> customerNames = new HashMap<>();
    private Map<String, ContractType> typesByCode;

    ContractUi(ContractUiServices services) {
        this.contracts = services.contracts;
        this.payments = services.payments;
        this.invoices = services.invoices;
        this.milestones = services.milestones;
        this.signers = services.signers;
        this.contacts = services.contacts;
        this.reports = services.reports;
        this.types = services.types;
        this.approvals = services.approvals;
        this.customers = services.customers;
        this.users = services.users;
        this.attachments = services.attachments;
        AccessPolicy policy = services.policy;
        this.mayCreate = policy.isPermitted(ContractService.PERMISSION_CREATE);
        this.mayEdit = policy.isPermitted(ContractService.PERMISSION_EDIT);
        this.mayRecordReceipts = policy.isPermitted(ContractPayments.PERMISSION_RECORD_RECEIPTS);
        this.mayIssueInvoices = policy.isPermitted(ContractInvoices.PERMISSION_ISSUE);
        this.mayAdministerTypes = policy.isPermitted(ContractService.PERMISSION_ADMINISTER);
    }

    /** The customer's name, or its number when the user may not see it (a manager's contract, say). */
    String customerName(long id) {
        return customerNames.computeIfAbsent(id, key -> {
            try {
                return customers.find(key).map(Customer::name).orElse("#" + key);
            } catch (RuntimeException outOfScope) {
                return "#" + key;
            }
        });
    }

    /** A type's name in the user's language: its text for a shipped one, else as an administrator typed it. */
    String typeName(ContractType type) {
        return type.labelKey().isEmpty() ? type.name() : com.vaadin.flow.component.UI.getCurrent().getTranslation(type.labelKey());
    }

    /** The name of the type of this code (the code itself for one unknown). */
    String typeName(String code) {
        if (typesByCode == null) {
            typesByCode = new HashMap<>();
            contracts.types().forEach(type -> typesByCode.put(type.code(), type));
        }
        ContractType type = typesByCode.get(code);
        return type == null ? code : typeName(type);
    }

    /** The types are read anew at the next {@link #typeName(String)}. */
    void typesChanged() {
        typesByCode = null;
    }
}
