package org.mosaiccrm.contract.ui.internal;

import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.ContractMilestones;
import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractSigners;
import org.mosaiccrm.contract.ContractTypes;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The services the contract screens use, wired once; each screen asks them through a {@link ContractUi} of its own. */
@Component(service = ContractUiServices.class)
public class ContractUiServices {

    final ContractService contracts;
    final ContractPayments payments;
    final ContractInvoices invoices;
    final ContractMilestones milestones;
    final ContractSigners signers;
    final ContactService contacts;
    final CustomerService customers;
    final Attachments attachments;
    final ContractReports reports;
    final ContractTypes types;
    final Approvals approvals;
    final UserDirectory users;
    final AccessPolicy policy;

    @Activate
    public ContractUiServices(@Reference ContractService contracts, @Reference ContractPayments payments,
            @Reference ContractInvoices invoices, @Reference ContractMilestones milestones, @Reference ContractSigners signers,
            @Reference ContactService contacts, @Reference ContractReports reports,
            @Reference ContractTypes types, @Reference Approvals approvals, @Reference CustomerService customers,
            @Reference Attachments attachments, @Reference UserDirectory users, @Reference AccessPolicy policy) {
        this.milestones = milestones;
        this.signers = signers;
        this.contacts = contacts;
        this.reports = reports;
        this.types = types;
        this.approvals = approvals;
        this.users = users;
        this.contracts = contracts;
        this.payments = payments;
        this.invoices = invoices;
        this.customers = customers;
        this.attachments = attachments;
        this.policy = policy;
    }
}
