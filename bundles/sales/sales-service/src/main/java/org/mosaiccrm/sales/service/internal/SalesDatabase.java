package org.mosaiccrm.sales.service.internal;

import org.mosaiccrm.sales.service.internal.opportunity.OpportunityEntity;
import org.mosaiccrm.sales.service.internal.opportunity.StageChangeEntity;
import org.mosaiccrm.sales.service.internal.opportunity.StageEntity;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.service.internal.forecast.QuotaEntity;
import org.mosaiccrm.sales.service.internal.lead.LeadEntity;
import org.mosaiccrm.sales.service.internal.lead.LeadRoutingEntity;
import org.mosaiccrm.sales.service.internal.lead.LeadTaskEntity;
import org.mosaiccrm.sales.service.internal.order.OrderEntity;
import org.mosaiccrm.sales.service.internal.product.ProductEntity;
import org.mosaiccrm.sales.service.internal.quote.QuoteEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The sales module's database (SAL_* tables), migrated when the module starts. */
@Component(service = SalesDatabase.class)
public class SalesDatabase {

    private final ModuleDatabase database;

    @Activate
    public SalesDatabase(@Reference ModuleDatabases databases) {
        this.database = databases.open(unit());
    }

    static PersistenceUnit unit() {
        return PersistenceUnit.of(OpportunityService.MODULE_ID, SalesDatabase.class, "db/sales-changelog.xml",
                StageEntity.class, OpportunityEntity.class, StageChangeEntity.class, LeadEntity.class, LeadTaskEntity.class,
                LeadRoutingEntity.class, ProductEntity.class, QuoteEntity.class, OrderEntity.class, QuotaEntity.class);
    }

    public ModuleDatabase database() {
        return database;
    }

    @Deactivate
    void close() {
        database.close();
    }
}
