package org.mosaiccrm.platform.approvals.internal;

import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The approvals' tables (PLT_APPROVAL_*), opened once for the bundle's components. */
@Component(service = ApprovalsDatabase.class)
public class ApprovalsDatabase {

    public static final String MODULE_ID = "approvals";

    private final ModuleDatabase database;

    @Activate
    public ApprovalsDatabase(@Reference ModuleDatabases databases) {
        this(databases.open(unit()));
    }

    ApprovalsDatabase(ModuleDatabase database) {
        this.database = database;
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, ApprovalsDatabase.class, "db/approvals-changelog.xml", FlowRow.class,
                RequestRow.class, TaskRow.class, HistoryRow.class, DelegationRow.class);
    }

    ModuleDatabase database() {
        return database;
    }

    @Deactivate
    void close() {
        database.close();
    }
}
