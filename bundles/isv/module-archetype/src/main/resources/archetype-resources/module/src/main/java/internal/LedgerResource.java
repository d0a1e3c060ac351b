package ${package}.internal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ${package}.LedgerEntry;
import ${package}.LedgerService;
import org.mosaiccrm.platform.rest.Api;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * The module's resource on the CRM's integration API ({@code /api/v1/${moduleId}/customers/{id}/...}):
 * a DS component on the REST whiteboard that only calls the service, which checks the caller — the
 * platform has authenticated the API token and runs the call as its user. A refusal of the service
 * answers 400 naming the field; a customer the caller may not see, 404. It comes and goes with the module.
 */
@Component(service = LedgerResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LedgerResource {

    /** The body of a new entry: {@code {"amount": 120, "reason": "..."}}. */
    public record NewEntry(long amount, String reason) {
    }

    /** A customer's balance. */
    public record Balance(long customerId, long balance) {
    }

    private final LedgerService ledger;

    @Activate
    public LedgerResource(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("${moduleId}/customers/{customerId}/entries")
    public List<LedgerEntry> entries(@PathParam("customerId") long customerId, @QueryParam("limit") Integer limit) {
        return ledger.entries(customerId, Api.limit(limit));
    }

    @GET
    @Path("${moduleId}/customers/{customerId}/balance")
    public Balance balance(@PathParam("customerId") long customerId) {
        return new Balance(customerId, ledger.balance(customerId));
    }

    @POST
    @Path("${moduleId}/customers/{customerId}/entries")
    public Response add(@PathParam("customerId") long customerId, NewEntry entry, @Context UriInfo uri) {
        LedgerEntry added = ledger.add(customerId, Api.body(entry).amount(), entry.reason());
        URI location = uri.getAbsolutePathBuilder().build();
        return Response.created(location).entity(added).build();
    }
}
