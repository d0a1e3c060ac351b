package org.mosaiccrm.sales.ui.internal.lead;

import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.ui.ImportWizard;
import org.mosaiccrm.sales.LeadService;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Importing leads: the platform's import steps on the lead import; duplicates of open leads are skipped. */
public class LeadImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public LeadImportView(Imports imports) {
        setId("lead-import-view");
        add(new H2(getTranslation("sales.lead.import.title")), new ImportWizard(imports, LeadService.IMPORT_ID,
                new ImportWizard.Texts("sales.lead.import.hint", "sales/leads", "sales.lead.import.toList",
                        "sales.lead.import.cancelled")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.lead.import.title");
    }
}
