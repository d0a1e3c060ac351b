package org.mosaiccrm.customer.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerSort;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Customers over the API: the list keyset-paged with the UI's filters and sorts, one customer with
 * its version as ETag, create (201 with its address), change (If-Match required; a stale version
 * 412). Every call goes through {@link CustomerService}, so permissions, record scope, the tax id's
 * field rule, validation and the audit are the UI's; a customer outside the caller's scope reads as
 * one that does not exist (404).
 */
@Component(service = CustomersResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    private final CustomerService customers;

    @Activate
    public CustomersResource(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @GET
    @Path("customer/customers")
    public ListPage<Customer> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @QueryParam("q") String text, @QueryParam("tag") String tag, @QueryParam("owner") Long owner,
            @QueryParam("stage") String stage, @QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("sort") String sort) {
        CustomerQuery query = new CustomerQuery(blankToNull(text), blankToNull(tag), owner, Api.named(LifecycleStage.class, "stage", stage),
                Api.named(Grade.class, "grade", grade), blankToNull(region), Api.named(CustomerSort.class, "sort", sort));
        Cursor cursor = Cursor.decode(after);
        Page<Customer> page = customers.list(query, cursor == null ? null : new PageCursor(cursor.key(), cursor.id()), Api.limit(limit));
        return new ListPage<>(page.items(), page.next() == null ? null : new Cursor(page.next().key(), page.next().id()).encode());
    }

    @GET
    @Path("customer/customers/{id}")
    public Response get(@PathParam("id") long id) {
        Customer customer = visible(id);
        return Versions.ok(customer, customer.version());
    }

    @POST
    @Path("customer/customers")
    public Response create(NewCustomer input, @Context UriInfo uri) {
        Customer created = customers.create(Api.body(input));
        return Versions.created(uri, "customer/customers", created.id(), created, created.version());
    }

    @PUT
    @Path("customer/customers/{id}")
    public Response update(@PathParam("id") long id, NewCustomer input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Customer changed = customers.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }

    /** The customer, or 404 alike for one that does not exist and one outside the caller's scope. */
    private Customer visible(long id) {
        return customers.find(id).orElseThrow(NotFoundException::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
