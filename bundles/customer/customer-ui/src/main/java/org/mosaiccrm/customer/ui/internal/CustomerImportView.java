package org.mosaiccrm.customer.ui.internal;

import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.ui.ImportWizard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Importing customers from a CSV file: the platform's import steps on the customer import. */
public class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public CustomerImportView(Imports imports) {
        setId("customer-import-view");
        add(new H2(getTranslation("import.title")), new ImportWizard(imports, CustomerCsv.IMPORT_ID,
                new ImportWizard.Texts("import.upload.hint", "customers", "import.toList", "import.state.CANCELLED.customers")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
