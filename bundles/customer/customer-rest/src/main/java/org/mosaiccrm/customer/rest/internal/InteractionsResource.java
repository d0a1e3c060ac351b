package org.mosaiccrm.customer.rest.internal;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mosaiccrm.customer.Category;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.Interaction;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * A customer's timeline over the API (interactions, newest first, keyset-paged), recording an
 * interaction (a call a call centre logged, a visit), marking a follow-up done; and the tags in use.
 */
@Component(service = InteractionsResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionsResource {

    private final InteractionService interactions;
    private final CustomerService customers;

    @Activate
    public InteractionsResource(@Reference InteractionService interactions, @Reference CustomerService customers) {
        this.interactions = interactions;
        this.customers = customers;
    }

    @GET
    @Path("customer/customers/{customerId}/interactions")
    public ListPage<Interaction> timeline(@PathParam("customerId") long customerId, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        customers.find(customerId).orElseThrow(NotFoundException::new);
        Cursor cursor = Cursor.decode(after);
        Page<Interaction> page = interactions.timeline(customerId, cursor == null ? null : new PageCursor(cursor.key(), cursor.id()),
                Api.limit(limit));
        return new ListPage<>(page.items(), page.next() == null ? null : new Cursor(page.next().key(), page.next().id()).encode());
    }

    @POST
    @Path("customer/interactions")
    public Response record(NewInteraction input, @Context UriInfo uri) {
        NewInteraction interaction = Api.body(input);
        customers.find(interaction.customerId()).orElseThrow(NotFoundException::new);
        Interaction recorded = interactions.record(interaction);
        URI timeline = uri.getBaseUriBuilder().path(Api.V1).path("customer").path("customers").path(Long.toString(recorded.customerId()))
                .path("interactions").build();
        return Response.created(timeline).entity(recorded).build();
    }

    @POST
    @Path("customer/interactions/{id}/follow-up-done")
    public Interaction followUpDone(@PathParam("id") long id) {
        return interactions.completeFollowUp(id);
    }

    /** The tags in use, most used first, as the UI suggests them (refreshed within a minute). */
    @GET
    @Path("customer/tags")
    public ListPage<String> tags(@QueryParam("limit") Integer limit) {
        return new ListPage<>(customers.suggestions(Category.TAG, Api.limit(limit)), null);
    }
}
