package org.mosaiccrm.customer.service.internal;

import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.customer.service.internal.contact.ContactEntity;
import org.mosaiccrm.customer.service.internal.interaction.InteractionEntity;
import org.mosaiccrm.customer.service.internal.merge.MergeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The customer module's tables ({@code CUS_}), migrated once and shared by its services. */
@Component(service = CustomerDatabase.class)
public class CustomerDatabase {

    public static final String MODULE_ID = "customer";

    private final ModuleDatabase database;
    private final SortKeyBackfill backfill;
    private final Thread backfillThread;

    @Activate
    public CustomerDatabase(@Reference ModuleDatabases databases) {
        this.database = databases.open(unit());
        this.backfill = new SortKeyBackfill(database);
        this.backfillThread = new Thread(backfill, "customer-sort-keys");
        backfillThread.setDaemon(true);
        backfillThread.start();
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, CustomerDatabase.class, "db/customer-changelog.xml", CustomerEntity.class,
                SavedFilterEntity.class, ContactEntity.class, InteractionEntity.class, MergeEntity.class);
    }

    public ModuleDatabase database() {
        return database;
    }

    @Deactivate
    void close() throws InterruptedException {
        backfill.stop();
        backfillThread.join(10_000);
        database.close();
    }
}
