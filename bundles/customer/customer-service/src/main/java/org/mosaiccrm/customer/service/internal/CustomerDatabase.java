package org.mosaiccrm.customer.service.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.mosaiccrm.platform.job.Jobs;
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
    private final CompletableFuture<Void> backfilling;

    @Activate
    public CustomerDatabase(@Reference ModuleDatabases databases, @Reference Jobs jobs) {
        this.database = databases.open(unit());
        this.backfill = new SortKeyBackfill(database);
        this.backfilling = jobs.runOnce("customer.sort-keys", backfill);
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
        try {
            backfilling.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // it logged its own failure; a backfill still running ends at its next batch
        }
        database.close();
    }
}
