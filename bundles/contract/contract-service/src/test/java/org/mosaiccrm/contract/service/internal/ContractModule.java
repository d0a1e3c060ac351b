package org.mosaiccrm.contract.service.internal;

import java.util.List;
import java.util.function.Supplier;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.customer.service.internal.CustomerModule;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;

/**
 * The contract service on the build's database beside the real customer core and security module,
 * wired by hand as Karaf wires them. The people are the customer fixture's (two reps and their
 * manager in one team), plus a contract manager.
 */
public final class ContractModule implements AutoCloseable {

    public final CustomerModule customer;
    public final JpaContractService contracts;
    public final Subject rep;
    public final Subject otherRep;
    public final Subject manager;
    public final Subject contractManager;
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
        security.roleDefaults.apply(ContractService.MODULE_ID, List.of(), new ContractPermissions().defaultGrants());
        database = new ContractDatabase(new DataSourceModuleDatabases(testDatabase.dataSource(), security.modules())
                .open(ContractDatabase.unit()));
        contracts = new JpaContractService(database, security.policy, customer.customers, security.auditLog);
        rep = customer.rep;
        otherRep = customer.otherRep;
        manager = customer.manager;
        contractManager = security.user("hetong", null, "contract-manager");
    }

    public <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    @Override
    public void close() {
        database.close();
        customer.close();
        testDatabase.close();
    }
}
