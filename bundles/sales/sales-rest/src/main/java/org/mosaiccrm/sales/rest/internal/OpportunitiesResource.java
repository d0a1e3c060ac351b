package org.mosaiccrm.sales.rest.internal;

import java.util.List;

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

import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityEdit;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Stage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Opportunities over the API: list by status, read, create, change, move to a stage, win, lose (with
 * a reason); the stages of the sales process. Through {@link OpportunityService}.
 */
@Component(service = OpportunitiesResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunitiesResource {

    private final OpportunityService opportunities;

    @Activate
    public OpportunitiesResource(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @GET
    @Path("sales/opportunities")
    public ListPage<Opportunity> list(@QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        Long afterId = Cursor.afterId(after);
        int size = Api.limit(limit);
        return ListPage.byId(opportunities.listAfter(Api.named(OpportunityStatus.class, "status", status), afterId, size), size, Opportunity::id);
    }

    @GET
    @Path("sales/opportunities/stages")
    public List<Stage> stages() {
        return opportunities.stages();
    }

    @GET
    @Path("sales/opportunities/{id}")
    public Response get(@PathParam("id") long id) {
        Opportunity opportunity = visible(id);
        return Versions.ok(opportunity, opportunity.version());
    }

    @POST
    @Path("sales/opportunities")
    public Response create(NewOpportunity input, @Context UriInfo uri) {
        Opportunity created = opportunities.create(Api.body(input));
        return Versions.created(uri, "sales/opportunities", created.id(), created, created.version());
    }

    @PUT
    @Path("sales/opportunities/{id}")
    public Response update(@PathParam("id") long id, OpportunityEdit input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Opportunity changed = opportunities.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }

    @POST
    @Path("sales/opportunities/{id}/stage")
    public Response move(@PathParam("id") long id, StageMove input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Opportunity moved = opportunities.moveToStage(id, Api.body(input).stage(), version);
        return Versions.ok(moved, moved.version());
    }

    @POST
    @Path("sales/opportunities/{id}/win")
    public Response win(@PathParam("id") long id, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Opportunity won = opportunities.win(id, version);
        return Versions.ok(won, won.version());
    }

    @POST
    @Path("sales/opportunities/{id}/lose")
    public Response lose(@PathParam("id") long id, Reason input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Opportunity lost = opportunities.lose(id, Api.body(input).reason(), version);
        return Versions.ok(lost, lost.version());
    }

    private Opportunity visible(long id) {
        return opportunities.find(id).orElseThrow(NotFoundException::new);
    }
}
