package org.mosaiccrm.sales.ui.internal.lead;

import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.LeadService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code sales/lead-import}: importing leads from CSV, opened from the leads page. */
@Component(service = ViewContribution.class)
public class LeadImportContribution implements ViewContribution<LeadImportView> {

    static final String ROUTE = "sales/lead-import";

    private final Imports imports;

    @Activate
    public LeadImportContribution(@Reference Imports imports) {
        this.imports = imports;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<LeadImportView> viewClass() {
        return LeadImportView.class;
    }

    @Override
    public LeadImportView createView() {
        return new LeadImportView(imports);
    }

    @Override
    public String titleKey() {
        return "sales.lead.import.title";
    }

    @Override
    public String menuGroup() {
        return "";
    }

    @Override
    public String requiredPermission() {
        return LeadService.PERMISSION_IMPORT;
    }
}
