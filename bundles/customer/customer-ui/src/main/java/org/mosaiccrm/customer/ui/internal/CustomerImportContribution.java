package org.mosaiccrm.customer.ui.internal;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code customers/import}: importing customers from CSV, opened from the customer list. */
@Component(service = ViewContribution.class)
public class CustomerImportContribution implements ViewContribution<CustomerImportView> {

    private final Imports imports;

    @Activate
    public CustomerImportContribution(@Reference Imports imports) {
        this.imports = imports;
    }

    @Override
    public String route() {
        return "customers/import";
    }

    @Override
    public Class<CustomerImportView> viewClass() {
        return CustomerImportView.class;
    }

    @Override
    public CustomerImportView createView() {
        return new CustomerImportView(imports);
    }

    @Override
    public String titleKey() {
        return "import.title";
    }

    @Override
    public String menuGroup() {
        return "";
    }

    @Override
    public String requiredPermission() {
        return CustomerService.PERMISSION_IMPORT;
    }
}
