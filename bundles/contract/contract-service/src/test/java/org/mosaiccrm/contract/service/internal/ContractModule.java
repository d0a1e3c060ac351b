package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.customer.service.internal.CustomerModule;
import org.mosaiccrm.platform.approvals.internal.TestApprovals;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;

/**
 * The contract service on the build's database beside the real customer core and security module,
 * wired by hand as Karaf wires them. The people are the customer fixture's (two reps and their
 * manager in one team), plus a contract manager.
 */
public final class ContractModule implements AutoCloseable {

    public final CustomerModule customer;
    public final JpaContractService contracts;
    public final JpaContractPayments payments;
    public final JpaContractMilestones milestones;
    public final JpaContractSigners signers;
    public final JpaContractInvoices invoices;
    public final JpaContractTypes types;
    public final Subject rep;
    public final Subject otherRep;
    public final Subject manager;
    public final Subject contractManager;
    /** A rep of team North, whose lead is {@link #teamLead}: the first step of the shipped approval flow. */
    public final Subject northRep;
    public final Subject teamLead;
    /** Holds the finance role the module brings: the second step of its approval flow. */
    public final Subject finance;
    /** The real approval engine, with the contracts' type (and its shipped flow) registered, and the notification centre knowing the module's kinds. */
    public final TestApprovals approvals;
    private final TestDatabase testDatabase;
    private final ContractDatabase database;

    public ContractModule(String name) {
        testDatabase = TestDatabase.open("contract-" + name, "customer-and-contract", empty -> {
            DataSourceModuleDatabases migrations = new DataSourceModuleDatabases(empty, new MigrationsMustSucceed());
            migrations.open(CustomerDatabase.unit()).close();
            migrations.open(ContractDatabase.unit()).close();
        });
        customer = new CustomerModule(name, testDatabase.dataSource());
        var security = customer.security;
        // the grants the module brings when it is installed
        ContractPermissions permissions = new ContractPermissions();
        security.roleDefaults.apply(ContractService.MODULE_ID, permissions.roleTemplates(), permissions.defaultGrants());
        database = new ContractDatabase(new DataSourceModuleDatabases(testDatabase.dataSource(), security.modules())
                .open(ContractDatabase.unit()));
        approvals = TestApprovals.open(security, "contract" + name, List.of(new ContractNotificationKinds()),
                new ContractApprovals(database.database(), security.policy, new BigDecimal(APPROVAL_LIMIT)));
        contracts = new JpaContractService(database, security.policy, customer.customers, security.auditLog, approvals.approvals);
        payments = new JpaContractPayments(database, security.policy, security.auditLog);
        milestones = new JpaContractMilestones(database, security.policy, security.auditLog);
        signers = new JpaContractSigners(database, security.policy, security.auditLog, customer.contacts,
                new org.mosaiccrm.platform.security.service.internal.user.DatabaseUserDirectory(security.database, security.policy,
                        security.grants));
        invoices = new JpaContractInvoices(database, security.policy, security.auditLog);
        types = new JpaContractTypes(database, security.policy, security.auditLog);
        rep = customer.rep;
        otherRep = customer.otherRep;
        manager = customer.manager;
        contractManager = security.user("hetong", null, "contract-manager");
        finance = security.user("caiwu", null, ContractService.ROLE_FINANCE);
        Team north = security.team("North");
        teamLead = security.user("zuzhang", north.id(), "sales-manager");
        CurrentSubject.runAs(security.admin(), () -> security.users.saveTeam(new Team(north.id(), "North", teamLead.userId())));
        northRep = security.user("xiaowang", north.id(), "sales-rep");
    }

    /** The finance step's limit in these tests (the product's default is 100,000). */
    public static final String APPROVAL_LIMIT = "100000";

    /** A company customer of {@code owner}'s. */
    public long customerOf(Subject owner, String name, String phone, String city) {
        return as(owner, () -> customer.customers.create(new NewCustomer(name, CustomerType.COMPANY, "", phone, city))).id();
    }

    /**
     * Switches the contracts' approval flow off, as a process administrator would: a submitted
     * contract is approved at once (for tests about what follows approval).
     */
    public void approveAtOnce() {
        Subject processAdmin = customer.security.user("liucheng", null, "process-admin");
        as(processAdmin, () -> approvals.flows.deactivate(ContractService.APPROVAL_TYPE));
    }

    /** The module's database, for what runs without a user (the reminder job). */
    public ModuleDatabase database() {
        return database.database();
    }

    /** The field and text key of the refusal {@code who} meets doing {@code work} (it must be refused). */
    public String refusal(Subject who, Runnable work) {
        org.mosaiccrm.platform.InputRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.mosaiccrm.platform.InputRefusedException.class, () -> as(who, () -> {
                    work.run();
                    return null;
                }));
        return refused.field() + " " + refused.getMessage();
    }

    public <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    @Override
    public void close() {
        approvals.close();
        database.close();
        customer.close();
        testDatabase.close();
    }
}
