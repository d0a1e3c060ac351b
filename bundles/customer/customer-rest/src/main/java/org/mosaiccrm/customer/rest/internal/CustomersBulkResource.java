package org.mosaiccrm.customer.rest.internal;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.ImportResult;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Bulk create ({@code POST /api/v1/customer/customers/bulk}): up to 1,000 customers in one call, imported as
 * one run of the customer import — the same checks per customer, duplicate rule ({@code ?duplicates=}
 * SKIP, UPDATE or CREATE, as on the import page), counts and audit — answered when the run is done
 * with each refused customer by its position. Needs the import permission as well as create.
 */
@Component(service = CustomersBulkResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersBulkResource {

    /** The body: {@code {"customers": [ …as for one customer… ]}}. */
    public record Bulk(List<NewCustomer> customers) {
    }

    private final Imports imports;
    private final Texts texts;

    @Activate
    public CustomersBulkResource(@Reference Imports imports, @Reference Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    @POST
    @Path("customer/customers/bulk")
    public ImportResult create(Bulk input, @QueryParam("duplicates") String duplicates, @Context HttpHeaders headers) {
        List<NewCustomer> customers = Api.body(input).customers();
        if (customers == null || customers.isEmpty() || customers.size() > Imports.MAX_ROWS) {
            throw new InputRefusedException("customers", "api.error.bulk.size", Imports.MAX_ROWS);
        }
        DuplicatePolicy policy = duplicates == null ? null : Api.named(DuplicatePolicy.class, "duplicates", duplicates);
        BulkRows.Table table = BulkRows.table(customers);
        var status = imports.importRows(CustomerCsv.IMPORT_ID, "api-bulk.csv", table.fields(), table.rows(), policy);
        List<Locale> languages = headers.getAcceptableLanguages();
        return ImportResult.of(CustomerCsv.IMPORT_ID, status, texts, languages.isEmpty() ? Locale.ENGLISH : languages.get(0),
                BulkRows::apiName);
    }
}
