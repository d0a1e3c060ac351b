package org.mosaiccrm.contract.service.internal;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The contract module's database (CON_* tables), migrated when the module starts. */
@Component(service = ContractDatabase.class)
public class ContractDatabase {

    private final ModuleDatabase database;

    @Activate
    public ContractDatabase(@Reference ModuleDatabases databases) {
        this(databases.open(unit()));
    }

    ContractDatabase(ModuleDatabase database) {
        this.database = database;
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(ContractService.MODULE_ID, ContractDatabase.class, "db/contract-changelog.xml",
                ContractEntity.class, ContractTypeEntity.class, InstalmentEntity.class, ReceiptEntity.class,
                InvoiceEntity.class, ExpiryNoticeEntity.class, ContractLineEntity.class,
                MilestoneEntity.class);
    }

    public ModuleDatabase database() {
        return database;
    }

    @Deactivate
    void close() {
        database.close();
    }
}
