package org.mosaiccrm.customer.service.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.platform.csv.CsvExport;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The CSV export of customer lists (the import is {@link CustomerImport}, on the platform's import). */
@Component(service = CustomerCsv.class)
public class JpaCustomerCsv implements CustomerCsv {

    private final CustomerService customers;
    private final AccessPolicy policy;

    @Activate
    public JpaCustomerCsv(@Reference CustomerService customers, @Reference AccessPolicy policy) {
        this.customers = customers;
        this.policy = policy;
    }

    @Override
    public void export(CustomerQuery query, Function<ImportField, String> header, OutputStream out) throws IOException {
        policy.require(CustomerService.PERMISSION_EXPORT);
        // the customer's own fields; first contacts are an import's convenience, contacts have a page of their own
        List<ImportField> fields = new ArrayList<>(List.of(ImportField.values()).stream().filter(f -> !f.ofContact()).toList());
        if (!policy.isPermitted(CustomerService.PERMISSION_TAX_ID)) {
            fields.remove(ImportField.TAX_ID);
        }
        CsvExport export = CsvExport.to(out);
        export.row(fields.stream().map(header).toList());
        PageCursor cursor = null;
        do {
            Page<Customer> page = customers.list(query, cursor, CustomerService.MAX_PAGE);
            for (Customer customer : page.items()) {
                export.row(fields.stream().map(field -> ExportValues.of(customer, field)).toList());
            }
            cursor = page.next();
        } while (cursor != null);
        export.flush();
    }
}
